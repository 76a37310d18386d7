package org.fullpicture.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Working days in England and Wales: not a weekend and not a bank holiday. Every module
 * that counts a statutory clock (1 working day, 4 working hours, 5 working days, 72
 * hours, the next school day) counts it here, in UK time.
 */
public class WorkingCalendar {

	private final Set<LocalDate> bankHolidays;

	private final LocalTime officeOpens;

	private final LocalTime officeCloses;

	private final LocalTime schoolDayStarts;

	public WorkingCalendar(CalendarSettings settings) {
		this.bankHolidays = read(settings.bankHolidays() == null
				? new ClassPathResource("calendar/bank-holidays-england-and-wales.txt") : settings.bankHolidays());
		this.officeOpens = settings.officeOpens();
		this.officeCloses = settings.officeCloses();
		this.schoolDayStarts = settings.schoolDayStarts();
	}

	/**
	 * The calendar with default office hours and the shipped bank holidays, for tools and
	 * tests without Spring.
	 */
	public static WorkingCalendar englandAndWales() {
		return new WorkingCalendar(new CalendarSettings(null, null, null, null));
	}

	public boolean isBankHoliday(LocalDate day) {
		return bankHolidays.contains(day);
	}

	public boolean isWorkingDay(LocalDate day) {
		return !isWeekend(day) && !isBankHoliday(day);
	}

	/** A school day: a working day that is not one of the setting's own holiday dates. */
	public boolean isSchoolDay(LocalDate day, Collection<LocalDate> settingHolidays) {
		return isWorkingDay(day) && !settingHolidays.contains(day);
	}

	/**
	 * Due {@code days} working days after {@code start}, at the same time of day.
	 * Something that arrives out of hours is counted from when the office next opens:
	 * received at 16:59 on the Friday before a bank holiday Monday, one working day is
	 * 16:59 on the Tuesday; received on Saturday, 09:00 on the Tuesday.
	 */
	public Deadline workingDaysFrom(Instant start, int days) {
		requireNotNegative(days);
		ZonedDateTime at = intoOfficeHours(start.atZone(UkTime.ZONE));
		LocalDate day = at.toLocalDate();
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(start, at.toLocalTime().atDate(day).atZone(UkTime.ZONE).toInstant());
	}

	/**
	 * Due after {@code length} of office hours on working days: 4 working hours from
	 * 16:00 on a Friday is 12:00 on Monday.
	 */
	public Deadline workingHoursFrom(Instant start, Duration length) {
		if (length.isNegative()) {
			throw new IllegalArgumentException("A length of time cannot be negative");
		}
		ZonedDateTime at = intoOfficeHours(start.atZone(UkTime.ZONE));
		Duration left = length;
		while (true) {
			Duration restOfDay = Duration.between(at.toLocalTime(), officeCloses);
			if (left.compareTo(restOfDay) <= 0) {
				return new Deadline(start, at.plus(left).toInstant());
			}
			left = left.minus(restOfDay);
			// closing time counts as out of hours, so this moves to the next working
			// day's opening
			at = intoOfficeHours(officeCloses.atDate(at.toLocalDate()).atZone(UkTime.ZONE));
		}
	}

	/**
	 * Due a plain number of hours later, whatever the day: the 72 hours for a return home
	 * interview.
	 */
	public Deadline hoursFrom(Instant start, Duration length) {
		return new Deadline(start, start.plus(length));
	}

	/**
	 * Due at the start of the first school day after {@code start} (Operation Encompass):
	 * an incident on Friday evening is due at 08:45 on Monday, or on Tuesday when Monday
	 * is a bank holiday or one of the setting's holiday dates; an incident at 07:00 on a
	 * school day is due at 08:45 that day.
	 */
	public Deadline nextSchoolDayFrom(Instant start, Collection<LocalDate> settingHolidays) {
		ZonedDateTime at = start.atZone(UkTime.ZONE);
		LocalDate day = at.toLocalTime().isBefore(schoolDayStarts) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
		while (!isSchoolDay(day, settingHolidays)) {
			day = day.plusDays(1);
		}
		return new Deadline(start, schoolDayStarts.atDate(day).atZone(UkTime.ZONE).toInstant());
	}

	/**
	 * Whole working days that have passed since {@code from}: the working days after its
	 * UK date, up to and including {@code to}'s. An episode opened on a Monday is 5
	 * working days unallocated on the next Monday.
	 */
	public int workingDaysBetween(Instant from, Instant to) {
		LocalDate day = from.atZone(UkTime.ZONE).toLocalDate();
		LocalDate last = to.atZone(UkTime.ZONE).toLocalDate();
		int counted = 0;
		while (day.isBefore(last)) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return counted;
	}

	private ZonedDateTime intoOfficeHours(ZonedDateTime at) {
		LocalDate day = at.toLocalDate();
		LocalTime time = at.toLocalTime();
		if (isWorkingDay(day) && !time.isBefore(officeOpens) && time.isBefore(officeCloses)) {
			return at;
		}
		if (!isWorkingDay(day) || !time.isBefore(officeCloses)) {
			day = day.plusDays(1);
			while (!isWorkingDay(day)) {
				day = day.plusDays(1);
			}
		}
		return officeOpens.atDate(day).atZone(UkTime.ZONE);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void requireNotNegative(int days) {
		if (days < 0) {
			throw new IllegalArgumentException("A number of working days cannot be negative");
		}
	}

	private static Set<LocalDate> read(Resource list) {
		try (InputStream in = list.getInputStream()) {
			Set<LocalDate> days = new TreeSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					days.add(LocalDate.parse(trimmed.substring(0, 10)));
				}
			}
			return Set.copyOf(days);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the list of bank holidays", ex);
		}
	}

}
