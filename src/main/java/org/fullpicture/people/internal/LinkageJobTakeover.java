package org.fullpicture.people.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fullpicture.people.BulkIntake;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Now and then, one instance looks for bulk intake jobs whose instance has stopped, and
 * carries them on.
 */
@Component
class LinkageJobTakeover {

	private final BulkIntake bulk;

	LinkageJobTakeover(BulkIntake bulk) {
		this.bulk = bulk;
	}

	@Scheduled(fixedDelayString = "${fullpicture.linkage-jobs.check-every:PT30S}")
	@SchedulerLock(name = "linkage-job-takeover")
	void takeOver() {
		bulk.takeOverStaleJobs();
	}

}
