package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A referrer's professional challenge of a decision, and the manager's response. */
public record Challenge(UUID id, UUID contactId, String text, UUID raisedBy, String raisedByName, Instant raisedAt,
		String response, UUID respondedBy, String respondedByName, Instant respondedAt) {

	public boolean isAnswered() {
		return respondedAt != null;
	}

}
