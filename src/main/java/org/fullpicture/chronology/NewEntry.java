package org.fullpicture.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record NewEntry(List<UUID> childIds, EntryType type, Instant occurredAt, String text, List<String> factors,
		Source source, Sensitivity sensitivity) {

	public NewEntry {
		childIds = childIds == null ? List.of() : childIds;
		factors = factors == null ? List.of() : factors;
	}

}
