package org.fullpicture.chronology;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

public record NewEntry(List<UUID> childIds, EntryType type, Instant occurredAt, String text, List<String> factors,
		Source source, Sensitivity sensitivity) {

	public NewEntry {
		childIds = childIds == null ? List.of() : childIds;
		// to the microsecond, as both databases keep it: what is published about the
		// entry is then exactly what was stored
		occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
		factors = factors == null ? List.of() : factors;
	}

}
