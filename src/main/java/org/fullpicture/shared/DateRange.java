package org.fullpicture.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The rule for a date that must fall between two days, said the same way everywhere. */
public final class DateRange {

	/**
	 * Nothing recorded here happened before this day; an earlier date is a mistake (and
	 * may not be storable).
	 */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/**
	 * The last day a search or filter may name: both databases compare dates up to here.
	 */
	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private DateRange() {
	}

	/**
	 * The problem if {@code value} is before {@code earliest} or after {@code latest};
	 * {@code label} starts the message, as in "Date of birth must be between 1 January
	 * 1900 and today".
	 */
	public static Optional<FieldProblem> problem(String field, LocalDate value, LocalDate earliest, LocalDate latest,
			LocalDate today, String label) {
		if (value == null || (!value.isBefore(earliest) && !value.isAfter(latest))) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(field,
				label + " must be between " + words(earliest, today) + " and " + words(latest, today)));
	}

	/** As {@link #problem}, refusing the input at once. */
	public static void require(String field, LocalDate value, LocalDate earliest, LocalDate latest, LocalDate today,
			String label) {
		problem(field, value, earliest, latest, today, label).ifPresent(p -> {
			throw new InvalidInput(p.field(), p.message());
		});
	}

	private static String words(LocalDate day, LocalDate today) {
		return day.equals(today) ? "today" : day.format(DAY);
	}

}
