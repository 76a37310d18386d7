package org.fullpicture.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency, and perhaps a named practitioner, working with a child from a date to a
 * date; how it began, and who recorded it when (unknown for involvements recorded before
 * that was kept).
 */
public record Involvement(UUID id, UUID personId, Agency agency, UUID practitionerId, String practitionerName,
		LocalDate from, LocalDate to, String reason, InvolvementBasis basis, UUID recordedBy, Instant recordedAt) {

	public boolean isActiveOn(LocalDate day) {
		return !from.isAfter(day) && (to == null || !to.isBefore(day));
	}

}
