package org.fullpicture.people;

import java.time.LocalDate;
import java.util.UUID;

/** A school, college or early years setting the child is (or was) on roll at. */
public record EducationPlacement(UUID id, UUID agencyId, String settingName, LocalDate from, LocalDate to) {

	public boolean isCurrent() {
		return to == null;
	}

}
