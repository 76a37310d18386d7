package org.fullpicture.calendar;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets publications whose every listener finished long ago. The registry keeps a row
 * for each event and listener; what is done needs no retry, and a table that only grows
 * slows every listener that reads it.
 */
@Component
class CompletedEventCleanup {

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventCleanup(CompletedEventPublications completed,
			@Value("${fullpicture.events.keep-completed:P7D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${fullpicture.events.cleanup-every:PT1H}")
	@SchedulerLock(name = "completed-event-cleanup")
	void forgetOldCompleted() {
		completed.deletePublicationsOlderThan(keep);
	}

}
