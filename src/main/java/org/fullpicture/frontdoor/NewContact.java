package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fullpicture.people.NewPerson;

/**
 * A concern about one or more children. {@code childIds} are existing records;
 * {@code newChildren} go through the match-on-create flow (a near-certain match reuses
 * the record, a possible one goes to review). For a practitioner the referrer is themself
 * and {@code referrer} may be null. {@code receivedAt} is when the concern reached the
 * agency if that was earlier than now (a call typed up afterwards); the decision falls
 * due from then.
 */
public record NewContact(List<UUID> childIds, List<NewPerson> newChildren, Referrer referrer, String whatHappened,
		String worries, String wants, Consent consent, String consentNote, Urgency urgency, Instant receivedAt) {

	public NewContact {
		childIds = childIds == null ? List.of() : childIds;
		newChildren = newChildren == null ? List.of() : newChildren;
	}

	public NewContact(List<UUID> childIds, List<NewPerson> newChildren, Referrer referrer, String whatHappened,
			String worries, String wants, Consent consent, String consentNote, Urgency urgency) {
		this(childIds, newChildren, referrer, whatHappened, worries, wants, consent, consentNote, urgency, null);
	}

}
