package org.fullpicture.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A GOV.UK date input: day, month and year kept as typed, so a form with a mistake is
 * refilled exactly.
 */
public class DateParts {

	private String day = "";

	private String month = "";

	private String year = "";

	public static DateParts of(LocalDate date) {
		DateParts parts = new DateParts();
		if (date != null) {
			parts.day = String.valueOf(date.getDayOfMonth());
			parts.month = String.valueOf(date.getMonthValue());
			parts.year = String.valueOf(date.getYear());
		}
		return parts;
	}

	/**
	 * The date as a form posted it: {@code field.day}, {@code field.month},
	 * {@code field.year}.
	 */
	public static DateParts from(Map<String, String> form, String field) {
		DateParts parts = new DateParts();
		parts.day = form.getOrDefault(field + ".day", "");
		parts.month = form.getOrDefault(field + ".month", "");
		parts.year = form.getOrDefault(field + ".year", "");
		return parts;
	}

	public boolean isBlank() {
		return day.isBlank() && month.isBlank() && year.isBlank();
	}

	/** The date, or empty when blank or not a real date (see {@link #problem}). */
	public Optional<LocalDate> toDate() {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip())));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What is wrong with a date that was typed, in GOV.UK words, or empty when it is a
	 * real date or blank.
	 */
	public Optional<String> problem(String what) {
		if (isBlank()) {
			return Optional.empty();
		}
		if (day.isBlank() || month.isBlank() || year.isBlank()) {
			return Optional.of(capitalise(what) + " must include a day, month and year");
		}
		if (!year.strip().matches("\\d{4}")) {
			return Optional.of("Year must include 4 numbers");
		}
		return toDate().isPresent() ? Optional.empty() : Optional.of(capitalise(what) + " must be a real date");
	}

	private static String capitalise(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day == null ? "" : day;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month == null ? "" : month;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year == null ? "" : year;
	}

}
