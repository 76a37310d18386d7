package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact with its checks, decisions (the latest last; earlier ones were sent back by a
 * manager) and challenges. {@code recordedBy} is the system recorder for the public page.
 */
public record Contact(UUID id, String reference, ContactStatus status, Instant receivedAt, Instant decisionDue, Rag rag,
		Urgency urgency, ReferrerKind referrerKind, UUID referrerPractitionerId, UUID referrerAgencyId,
		String referrerName, String referrerContact, String childrenDescribed, String whatHappened, String worries,
		String wants, Consent consent, String consentNote, String link, UUID recordedBy, List<UUID> childIds,
		List<ContactCheck> checks, List<Decision> decisions, List<Challenge> challenges) {

	public Optional<Decision> decision() {
		return decisions.stream().filter(d -> d.returnedAt() == null).findFirst();
	}

	public boolean isOverdue(Instant now) {
		return status.isOpen() && now.isAfter(decisionDue);
	}

}
