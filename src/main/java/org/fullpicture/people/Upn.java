package org.fullpicture.people;

import java.util.Optional;

/** Unique pupil number: 13 characters, the first a check letter over the other twelve. */
public final class Upn {

	private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private Upn() {
	}

	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String upn = input.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
		return upn.matches("[A-Z]\\d{11}[0-9A-Z]") ? Optional.of(upn) : Optional.empty();
	}

	public static char checkLetterFor(String lastTwelve) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			char c = lastTwelve.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
			sum += value * (i + 2);
		}
		return CHECK_LETTERS.charAt(sum % 23);
	}

	public static Optional<String> problemWith(String input) {
		Optional<String> upn = normalise(input);
		if (upn.isEmpty()) {
			return Optional.of("Enter a UPN of 13 characters: a letter, 11 digits, then a digit or letter");
		}
		String value = upn.get();
		char last = value.charAt(12);
		if (Character.isLetter(last) && CHECK_LETTERS.indexOf(last) < 0) {
			return Optional.of(value + " ends in a letter that a temporary UPN cannot use");
		}
		if (checkLetterFor(value.substring(1)) != value.charAt(0)) {
			return Optional.of(value + " fails its check letter");
		}
		return Optional.empty();
	}

}
