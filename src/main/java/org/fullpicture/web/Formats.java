package org.fullpicture.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fullpicture.calendar.UkTime;
import org.springframework.stereotype.Component;

/**
 * Dates, times and delays the GOV.UK way ("7 March 2026", "9:30am"), always in UK time.
 * Used as @formats in templates.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	public String date(LocalDate day) {
		return day == null ? "" : DATE.format(day);
	}

	public String date(Instant at) {
		return at == null ? "" : DATE.format(at.atZone(UkTime.ZONE));
	}

	public String month(LocalDate day) {
		return MONTH.format(day);
	}

	public String shortMonth(LocalDate day) {
		return SHORT_MONTH.format(day);
	}

	public String time(Instant at) {
		return time(at.atZone(UkTime.ZONE).toLocalTime());
	}

	public static String time(LocalTime t) {
		if (t.equals(LocalTime.NOON)) {
			return "midday";
		}
		if (t.equals(LocalTime.MIDNIGHT)) {
			return "midnight";
		}
		int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
		String minutes = t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute());
		return hour + minutes + (t.getHour() < 12 ? "am" : "pm");
	}

	/**
	 * When it happened; an entry recorded without a time of day is stored at midnight and
	 * shown as a date alone.
	 */
	public String occurred(Instant at) {
		ZonedDateTime uk = at.atZone(UkTime.ZONE);
		return uk.toLocalTime().equals(LocalTime.MIDNIGHT) ? date(at) : date(at) + " at " + time(at);
	}

	public String dateTime(Instant at) {
		return at == null ? "" : date(at) + " at " + time(at);
	}

	public String delay(Duration delay) {
		long days = delay.toDays();
		long hours = delay.toHours();
		if (hours < 1) {
			return "Shared at the time";
		}
		if (days < 1) {
			return "Shared " + plural(hours, "hour") + " after it happened";
		}
		return "Shared " + plural(days, "day") + " after it happened";
	}

	/**
	 * Worth a second look: information that took more than a day to reach the shared
	 * record.
	 */
	public boolean late(Duration delay) {
		return delay.compareTo(Duration.ofDays(1)) > 0;
	}

	/**
	 * A likelihood as a whole percentage, rounded down so that only certainty reads as
	 * 100%.
	 */
	public String percent(double probability) {
		return (int) Math.floor(probability * 100) + "%";
	}

	public static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

}
