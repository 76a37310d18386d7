package org.fullpicture.people.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.fullpicture.people.BulkIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every instance looks now and then for bulk linkage jobs whose instance has stopped, and carries them on. Its own
 * one thread (not @EnableScheduling, whose scheduler would be a second TaskExecutor bean beside Boot's).
 */
@Component
class LinkageJobTakeover {

	private static final Logger log = LoggerFactory.getLogger(LinkageJobTakeover.class);

	private final BulkIntake bulk;

	private final Duration every;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "linkage-job-takeover");
		thread.setDaemon(true);
		return thread;
	});

	LinkageJobTakeover(BulkIntake bulk, @Value("${fullpicture.linkage-jobs.check-every:PT30S}") Duration every) {
		this.bulk = bulk;
		this.every = every;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		timer.scheduleWithFixedDelay(this::takeOver, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void takeOver() {
		try {
			bulk.takeOverStaleJobs();
		}
		catch (RuntimeException ex) {
			// tried again at the next look; a failure here must not stop the looking
			log.warn("Could not look for stopped linkage jobs", ex);
		}
	}

	@PreDestroy
	void stop() {
		timer.shutdownNow();
	}

}
