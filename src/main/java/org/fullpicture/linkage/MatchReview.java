package org.fullpicture.linkage;

import java.time.Instant;
import java.util.UUID;

/** A pair of records that may be the same person, and what a person decided about it. */
public record MatchReview(UUID id, UUID existingId, UUID candidateId, double probability, String reasons,
		Instant raisedAt, String raisedBy, Decision decision, Instant decidedAt, UUID decidedBy,
		String decisionReason) {

	public enum Decision {

		SAME("The same person"), NOT_SAME("Not the same person");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean isOpen() {
		return decision == null;
	}

}
