package org.fullpicture.chronology;

import java.time.Instant;
import java.util.List;

/** A correction: what is left out is carried over from the entry it supersedes. */
public record Amendment(String text, EntryType type, Instant occurredAt, List<String> factors, String reason) {
}
