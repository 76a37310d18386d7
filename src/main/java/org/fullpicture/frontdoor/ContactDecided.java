package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when the MASH decides a contact, so that early help (opens an episode) and
 * signals (repeated "no further action") can act without calling into the front door.
 * {@code referrerPractitionerId} is null when the concern came from someone who does not
 * sign in (a neighbour, a relative, an anonymous caller).
 */
public record ContactDecided(UUID contactId, List<UUID> childIds, int level, DecisionOutcome outcome, UUID decidedBy,
		Instant decidedAt, UUID referrerPractitionerId) {

	public ContactDecided {
		childIds = List.copyOf(childIds);
	}

}
