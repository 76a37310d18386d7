package org.fullpicture.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published once an entry is stored, for modules that react to what is recorded (signals,
 * notifications).
 */
public record ChronologyEntryRecorded(UUID entryId, List<UUID> childIds, EntryType type, UUID agencyId,
		Instant occurredAt, Instant recordedAt, UUID supersedesId) {
}
