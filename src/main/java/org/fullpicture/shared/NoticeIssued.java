package org.fullpicture.shared;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A module asks for practitioners to be told something ("you are now lead professional",
 * "the closure was approved", "the MASH asks what your agency knows"); the notify module
 * delivers it. Any module may publish it without depending on notify. {@code summary} is
 * plain words with no detail the reader may not see; {@code link} is a page in
 * FullPicture behind the usual access rules; {@code kind} is UPPER_SNAKE_CASE;
 * {@code personId} may be null.
 */
public record NoticeIssued(UUID noticeId, Set<UUID> practitionerIds, UUID personId, String kind, String summary,
		String link, boolean urgent, Instant issuedAt) {

	public NoticeIssued {
		practitionerIds = Set.copyOf(practitionerIds);
	}

}
