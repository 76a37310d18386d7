package org.fullpicture.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * A statutory clock: when it started and when it falls due, counted on the shared
 * calendar.
 */
public record Deadline(Instant start, Instant due) {

	public Deadline {
		if (due.isBefore(start)) {
			throw new IllegalArgumentException("A deadline cannot fall due before it starts");
		}
	}

	public boolean isOverdue(Instant now) {
		return now.isAfter(due);
	}

	/** Time left until it falls due; negative once overdue. */
	public Duration remaining(Instant now) {
		return Duration.between(now, due);
	}

	/** Whether something done at {@code doneAt} met this deadline. */
	public boolean metBy(Instant doneAt) {
		return !doneAt.isAfter(due);
	}

}
