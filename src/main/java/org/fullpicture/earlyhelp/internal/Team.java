package org.fullpicture.earlyhelp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The people side of an episode: team memberships, handovers of the lead, and the
 * family's consent.
 */
final class Team {

	private Team() {
	}

	record Member(UUID id, UUID episodeId, UUID practitionerId, String part, Instant startedAt, UUID addedBy,
			Instant endedAt) {

		boolean isCurrent() {
			return endedAt == null;
		}

	}

	record Handover(UUID id, UUID fromPractitionerId, UUID toPractitionerId, Instant changedAt, UUID changedBy,
			String note) {
	}

	record Consent(UUID id, boolean toEarlyHelp, boolean toSharing, LocalDate decidedOn, String note,
			boolean concernsRemain, Instant recordedAt, UUID recordedBy) {
	}

}
