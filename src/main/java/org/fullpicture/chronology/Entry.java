package org.fullpicture.chronology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened or was learnt, in the recorder's own words. Never changed; only
 * superseded.
 */
public record Entry(UUID id, List<UUID> childIds, EntryType type, Instant occurredAt, Instant recordedAt,
		UUID recorderId, String recorderName, UUID agencyId, String agencyName, String text, List<String> factors,
		Source source, Sensitivity sensitivity, UUID supersedesId, String amendmentReason, UUID supersededById) {

	/** How long it took for what happened to reach the shared record. */
	public Duration sharingDelay() {
		Duration delay = Duration.between(occurredAt, recordedAt);
		return delay.isNegative() ? Duration.ZERO : delay;
	}

	public boolean isAmendment() {
		return supersedesId != null;
	}

	public boolean isSuperseded() {
		return supersededById != null;
	}

}
