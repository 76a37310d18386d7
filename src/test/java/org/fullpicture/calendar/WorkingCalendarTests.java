package org.fullpicture.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

	private static Instant uk(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(UkTime.ZONE).toInstant();
	}

	@Test
	void weekendsAndBankHolidaysAreNotWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-28"))).isTrue(); // Friday
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-29"))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-31"))).isFalse(); // summer
																					// bank
																					// holiday
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse(); // Boxing
																					// Day,
																					// substitute
		assertThat(calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse(); // New
																					// Year,
																					// substitute
	}

	@Test
	void aContactAt1659OnTheFridayBeforeABankHolidayMondayIsDueAt1659OnTuesday() {
		Deadline due = calendar.workingDaysFrom(uk("2026-08-28T16:59"), 1);
		assertThat(due.due()).isEqualTo(uk("2026-09-01T16:59"));
	}

	@Test
	void oneWorkingDayOverChristmasSkipsBothBankHolidaysAndTheWeekend() {
		// Thursday 24 December 2026; Friday 25 and Monday 28 are bank holidays
		assertThat(calendar.workingDaysFrom(uk("2026-12-24T10:00"), 1).due()).isEqualTo(uk("2026-12-29T10:00"));
	}

	@Test
	void somethingArrivingOutOfHoursCountsFromWhenTheOfficeNextOpens() {
		assertThat(calendar.workingDaysFrom(uk("2026-11-28T11:00"), 1).due()) // Saturday
			.isEqualTo(uk("2026-12-01T09:00"));
		assertThat(calendar.workingDaysFrom(uk("2026-11-25T18:30"), 1).due()) // Wednesday
																				// evening
			.isEqualTo(uk("2026-11-27T09:00"));
		assertThat(calendar.workingDaysFrom(uk("2026-11-25T07:00"), 0).due()).isEqualTo(uk("2026-11-25T09:00"));
	}

	@Test
	void workingHoursCarryOverTheWeekendAndBankHolidays() {
		assertThat(calendar.workingHoursFrom(uk("2026-11-27T16:00"), Duration.ofHours(4)).due())
			.isEqualTo(uk("2026-11-30T12:00"));
		assertThat(calendar.workingHoursFrom(uk("2026-08-28T15:00"), Duration.ofHours(4)).due())
			.isEqualTo(uk("2026-09-01T11:00"));
		assertThat(calendar.workingHoursFrom(uk("2026-11-25T10:00"), Duration.ofHours(4)).due())
			.isEqualTo(uk("2026-11-25T14:00"));
		assertThat(calendar.workingHoursFrom(uk("2026-11-25T13:00"), Duration.ofHours(4)).due())
			.isEqualTo(uk("2026-11-25T17:00"));
	}

	@Test
	void seventyTwoHoursAreCountedOnTheClockNotInWorkingDays() {
		Deadline due = calendar.hoursFrom(uk("2026-12-24T20:00"), Duration.ofHours(72));
		assertThat(due.due()).isEqualTo(uk("2026-12-27T20:00"));
		assertThat(due.isOverdue(uk("2026-12-27T20:00"))).isFalse();
		assertThat(due.isOverdue(uk("2026-12-27T20:01"))).isTrue();
	}

	@Test
	void theNextSchoolDayAfterFridayEveningIsMondayOrLaterWhenMondayIsAHoliday() {
		assertThat(calendar.nextSchoolDayFrom(uk("2026-11-27T21:30"), Set.of()).due())
			.isEqualTo(uk("2026-11-30T08:45"));
		assertThat(calendar.nextSchoolDayFrom(uk("2026-08-28T21:30"), Set.of()).due())
			.isEqualTo(uk("2026-09-01T08:45"));
		// half term: the setting's own holiday dates
		Set<LocalDate> halfTerm = Set.of(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-10-27"),
				LocalDate.parse("2026-10-28"), LocalDate.parse("2026-10-29"), LocalDate.parse("2026-10-30"));
		assertThat(calendar.nextSchoolDayFrom(uk("2026-10-23T19:00"), halfTerm).due())
			.isEqualTo(uk("2026-11-02T08:45"));
	}

	@Test
	void anIncidentBeforeTheSchoolDayStartsIsDueThatMorning() {
		assertThat(calendar.nextSchoolDayFrom(uk("2026-11-25T07:00"), Set.of()).due())
			.isEqualTo(uk("2026-11-25T08:45"));
		assertThat(calendar.nextSchoolDayFrom(uk("2026-11-25T08:45"), Set.of()).due())
			.isEqualTo(uk("2026-11-26T08:45"));
	}

	@Test
	void workingDaysBetweenCountsTheWorkingDaysThatHavePassed() {
		assertThat(calendar.workingDaysBetween(uk("2026-11-23T10:00"), uk("2026-11-23T16:00"))).isZero();
		assertThat(calendar.workingDaysBetween(uk("2026-11-23T10:00"), uk("2026-11-30T09:00"))).isEqualTo(5);
		assertThat(calendar.workingDaysBetween(uk("2026-12-24T10:00"), uk("2026-12-29T09:00"))).isEqualTo(1);
	}

	@Test
	void theClockIsCountedInUkTimeAcrossTheChangeOfTheClocks() {
		// 25 October 2026: clocks go back; 16:30 on the Friday before is 15:30 UTC,
		// Monday 16:30 is 16:30 UTC
		assertThat(calendar.workingDaysFrom(uk("2026-10-23T16:30"), 1).due()).isEqualTo(uk("2026-10-26T16:30"));
		assertThat(uk("2026-10-26T16:30")).isEqualTo(Instant.parse("2026-10-26T16:30:00Z"));
	}

	@Test
	void negativeLengthsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysFrom(Instant.now(), -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.workingHoursFrom(Instant.now(), Duration.ofHours(-1)));
	}

}
