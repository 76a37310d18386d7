package org.fullpicture.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule for text kept in a bounded column: at most so many characters, said the same
 * way everywhere.
 */
public final class MaxLength {

	private MaxLength() {
	}

	/**
	 * The problem if {@code value} is longer than {@code max}; {@code label} starts the
	 * message, as in "Town must be 100 characters or fewer". Counts Java chars, never
	 * fewer than the database's characters.
	 */
	public static Optional<FieldProblem> problem(String field, String value, int max, String label) {
		if (value == null || value.length() <= max) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(field,
				label + " must be " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
	}

	/** As {@link #problem}, refusing the input at once. */
	public static void require(String field, String value, int max, String label) {
		problem(field, value, max, label).ifPresent(p -> {
			throw new InvalidInput(p.field(), p.message());
		});
	}

}
