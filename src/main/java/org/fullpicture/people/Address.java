package org.fullpicture.people;

import java.time.LocalDate;
import java.util.UUID;

public record Address(UUID id, String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {

	public boolean isCurrent() {
		return to == null;
	}

	public String oneLine() {
		StringBuilder s = new StringBuilder(line1);
		if (line2 != null && !line2.isBlank()) {
			s.append(", ").append(line2);
		}
		if (town != null && !town.isBlank()) {
			s.append(", ").append(town);
		}
		return s.append(", ").append(postcode).toString();
	}

}
