package org.fullpicture.earlyhelp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan side of an episode: outcomes, actions, reviews with their scores, and
 * meetings.
 */
final class Plans {

	private Plans() {
	}

	record Outcome(UUID id, int position, String description) {
	}

	/** One version of a plan: when it was made and the outcomes it held, in order. */
	record Version(int version, Instant madeAt, List<String> outcomes) {
	}

	enum ActionStatus {

		OPEN("Open"), DONE("Done"), CANCELLED("Cancelled");

		private final String label;

		ActionStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	record Action(UUID id, UUID episodeId, String description, UUID ownerId, LocalDate dueDate, ActionStatus status,
			Instant updatedAt) {

		boolean isOverdueOn(LocalDate today) {
			return status == ActionStatus.OPEN && dueDate.isBefore(today);
		}

	}

	/** Scores by outcome id, 0 (no progress) to 10 (the outcome is met). */
	record Review(UUID id, LocalDate heldOn, String whatChanged, Map<UUID, Integer> scores, Instant recordedAt,
			UUID recordedBy) {
	}

	record Meeting(UUID id, Instant heldAt, List<String> attended, List<String> invitedNotAttended, String childsViews,
			String familyViews, String decisions, UUID recordedBy) {
	}

}
