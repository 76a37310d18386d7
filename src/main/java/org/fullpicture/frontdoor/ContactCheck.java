package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** What the MASH asked an agency about a contact, and the agency's answer once given. */
public record ContactCheck(UUID id, UUID contactId, UUID agencyId, String agency, String question, UUID askedBy,
		String askedByName, Instant askedAt, String answer, UUID answeredBy, String answeredByName, Instant answeredAt,
		Instant closedAt) {

	public boolean isAnswered() {
		return answeredAt != null;
	}

	public boolean isOpen() {
		return closedAt == null;
	}

}
