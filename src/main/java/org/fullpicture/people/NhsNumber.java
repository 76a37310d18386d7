package org.fullpicture.people;

import java.util.Optional;

/**
 * NHS number: ten digits, the last a modulus 11 check digit. Stored as digits, shown as
 * 943 476 5919.
 */
public final class NhsNumber {

	private NhsNumber() {
	}

	/**
	 * The digits alone, or empty if the input does not have exactly ten once spaces and
	 * dashes are removed.
	 */
	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s-]", "");
		return digits.matches("\\d{10}") ? Optional.of(digits) : Optional.empty();
	}

	public static boolean hasValidCheckDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/**
	 * The rule the input breaks, in plain words, or empty when it is a valid NHS number.
	 */
	public static Optional<String> problemWith(String input) {
		Optional<String> digits = normalise(input);
		if (digits.isEmpty()) {
			return Optional.of("Enter an NHS number of 10 digits, like 943 476 5919");
		}
		if (!hasValidCheckDigit(digits.get())) {
			return Optional.of(format(digits.get()) + " fails its check digit");
		}
		return Optional.empty();
	}

	public static String format(String digits) {
		if (digits == null || digits.length() != 10) {
			return digits;
		}
		return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
	}

}
