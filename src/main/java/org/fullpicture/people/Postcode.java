package org.fullpicture.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcode shape (a valid shape does not prove the postcode exists). */
public final class Postcode {

	private static final Pattern SHAPE = Pattern.compile(
			"(GIR 0AA)|([A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-Z]|[A-HK-Y][0-9][A-Z]) [0-9][ABD-HJLNP-UW-Z]{2})");

	private Postcode() {
	}

	/**
	 * Upper case, with one space before the inward code: "sw1a2aa" becomes "SW1A 2AA".
	 */
	public static String normalise(String input) {
		String compact = input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return compact.length() < 5 ? compact
				: compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
	}

	public static Optional<String> problemWith(String input) {
		String postcode = normalise(input);
		if (postcode.isEmpty()) {
			return Optional.of("Enter a postcode");
		}
		if (SHAPE.matcher(postcode).matches()) {
			return Optional.empty();
		}
		// quoted back only when short: a bulk linkage stores the message in at most 1,000
		// characters
		return Optional
			.of((postcode.length() > 10 ? "This" : postcode) + " is not the shape of a UK postcode, like SW1A 2AA");
	}

}
