package org.fullpicture.frontdoor.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fullpicture.calendar.Deadline;
import org.fullpicture.calendar.WorkingCalendar;

/**
 * A time to decide as configuration words it (4 working hours, 3 working days), counted
 * on the shared calendar.
 */
public record Timescale(int amount, boolean hours) {

	private static final Pattern WORDS = Pattern.compile("(\\d+) working (hour|day)s?");

	public static Timescale parse(String text) {
		Matcher m = WORDS.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"A timescale reads like '4 working hours' or '1 working day', not '" + text + "'");
		}
		return new Timescale(Integer.parseInt(m.group(1)), m.group(2).equals("hour"));
	}

	public Deadline from(Instant start, WorkingCalendar calendar) {
		return hours ? calendar.workingHoursFrom(start, Duration.ofHours(amount))
				: calendar.workingDaysFrom(start, amount);
	}

	@Override
	public String toString() {
		return amount + " working " + (hours ? "hour" : "day") + (amount == 1 ? "" : "s");
	}

}
