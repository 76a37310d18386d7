package org.fullpicture.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.fullpicture.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SchedulerLockTests {

	@Autowired
	LockProvider locks;

	@Test
	void scheduledWorkHeldByOneInstanceCannotBeTakenByAnotherUntilReleased() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-job", Duration.ofMinutes(5), Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(job);
		assertThat(first).isPresent();
		assertThat(locks.lock(job)).isEmpty();
		first.get().unlock();
		assertThat(locks.lock(job)).isPresent();
	}

}
