package org.fullpicture.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One agency's record of the person, as it was recorded: after a merge every source
 * record is kept and shown with where it came from. {@code linkId} is the merge that
 * joined it (null for the root).
 */
public record SourceRecord(Person person, String recordedBy, Instant recordedAt, UUID linkId, String linkReason,
		List<OtherName> otherNames, List<Address> addresses) {
}
