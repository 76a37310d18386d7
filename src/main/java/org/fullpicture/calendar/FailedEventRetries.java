package org.fullpicture.calendar;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands a failed listener its event again. Every module acts on another's events after
 * commit through the event registry; a listener that fails (a lock wait timed out, a
 * receiver was down) leaves its publication failed, and without this it would wait for
 * the next restart. One instance retries at a time, and only failed publications, so work
 * in progress on another instance is never run twice.
 */
@Component
class FailedEventRetries {

	private final FailedEventPublications failed;

	private final Duration after;

	private final int maxAttempts;

	FailedEventRetries(FailedEventPublications failed, @Value("${fullpicture.events.retry-after:PT1M}") Duration after,
			@Value("${fullpicture.events.max-attempts:10}") int maxAttempts) {
		this.failed = failed;
		this.after = after;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${fullpicture.events.retry-every:PT1M}")
	@SchedulerLock(name = "failed-event-retries")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(after)
			.withFilter(publication -> publication.getCompletionAttempts() < maxAttempts));
	}

}
