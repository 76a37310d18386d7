package org.fullpicture.chronology;

import java.time.LocalDate;
import java.util.UUID;

/** Narrowing a chronology: by agency, by type and by the dates things happened (inclusive, UK time). */
public record ChronologyFilter(UUID agencyId, EntryType type, LocalDate from, LocalDate to, boolean oldestFirst) {

	public static ChronologyFilter none() {
		return new ChronologyFilter(null, null, null, null, false);
	}

}
