package org.fullpicture.agencies;

import java.time.LocalDate;
import java.util.UUID;

/** An agency, and perhaps a named practitioner, working with a child from a date to a date. */
public record Involvement(UUID id, UUID personId, Agency agency, UUID practitionerId, String practitionerName,
		LocalDate from, LocalDate to, String reason) {

	public boolean isActiveOn(LocalDate day) {
		return !from.isAfter(day) && (to == null || !to.isBefore(day));
	}

}
