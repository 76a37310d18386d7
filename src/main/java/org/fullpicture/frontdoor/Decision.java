package org.fullpicture.frontdoor;

import java.time.Instant;
import java.util.UUID;

/**
 * What the MASH decided, why, and whether a manager has signed it off or sent it back.
 */
public record Decision(UUID id, int level, DecisionOutcome outcome, String rationale, String signpostedTo,
		UUID signpostedServiceId, UUID decidedBy, String decidedByName, Instant decidedAt, boolean metDueTime,
		boolean signOffRequired, UUID signedOffBy, Instant signedOffAt, UUID returnedBy, Instant returnedAt,
		String returnedReason) {

	/** Made and, where sign-off is needed, signed off: the decision that stands. */
	public boolean isFinal() {
		return returnedAt == null && (!signOffRequired || signedOffAt != null);
	}

	public boolean isAwaitingSignOff() {
		return returnedAt == null && signOffRequired && signedOffAt == null;
	}

}
