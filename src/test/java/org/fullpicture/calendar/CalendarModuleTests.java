package org.fullpicture.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar module on its own, as configured: office hours and the start of the school
 * day from settings, the bank holidays from their file, and the database lock that lets
 * one instance at a time run scheduled work.
 */
@ModuleTest
@TestPropertySource(
		properties = { "fullpicture.calendar.office-opens=08:30", "fullpicture.calendar.school-day-starts=08:50" })
class CalendarModuleTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	LockProvider locks;

	private static Instant uk(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(UkTime.ZONE).toInstant();
	}

	@Test
	void theCalendarCountsFromTheOfficeHoursItIsGivenAndSkipsTheBankHolidaysInItsFile() {
		// Saturday of the summer bank holiday weekend: the office next opens on Tuesday
		assertThat(calendar.workingDaysFrom(uk("2026-08-29T11:00"), 0).due()).isEqualTo(uk("2026-09-01T08:30"));
		// Friday evening: before school starts on Monday
		assertThat(calendar.nextSchoolDayFrom(uk("2026-11-06T20:30"), List.of()).due())
			.isEqualTo(uk("2026-11-09T08:50"));
		assertThat(calendar.isBankHoliday(LocalDate.parse("2026-12-25"))).isTrue();
	}

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
