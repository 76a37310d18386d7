package org.fullpicture.linkage.bench;

import java.util.Random;

/** The slips people and scanners make when copying a value. */
final class Typos {

	private static final String[][] OCR = { { "o", "0" }, { "l", "1" }, { "i", "1" }, { "s", "5" }, { "b", "6" },
			{ "g", "9" }, { "z", "2" }, { "m", "rn" }, { "d", "cl" }, { "e", "c" }, { "h", "b" }, { "u", "v" } };

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private final Random random;

	Typos(Random random) {
		this.random = random;
	}

	/** One insertion, deletion, substitution or transposition of neighbours. */
	String keying(String value) {
		if (value.length() < 2) {
			return value + letterLike(value);
		}
		int at = random.nextInt(value.length() - 1);
		char replacement = Character.isDigit(value.charAt(at)) ? (char) ('0' + random.nextInt(10))
				: LETTERS.charAt(random.nextInt(LETTERS.length()));
		return switch (random.nextInt(4)) {
			case 0 -> value.substring(0, at) + replacement + value.substring(at);
			case 1 -> value.substring(0, at) + value.substring(at + 1);
			case 2 -> value.substring(0, at) + replacement + value.substring(at + 1);
			default -> value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
		};
	}

	/** One character a scanner misread, or a keying slip when none is misreadable. */
	String ocr(String value) {
		int start = random.nextInt(OCR.length);
		for (int n = 0; n < OCR.length; n++) {
			String[] confusion = OCR[(start + n) % OCR.length];
			int at = value.indexOf(confusion[0]);
			if (at >= 0) {
				return value.substring(0, at) + confusion[1] + value.substring(at + confusion[0].length());
			}
		}
		return keying(value);
	}

	/** One digit of a number replaced by another. */
	String digit(String value) {
		int at = random.nextInt(value.length());
		char replacement = (char) ('0' + (value.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
		return value.substring(0, at) + replacement + value.substring(at + 1);
	}

	private String letterLike(String value) {
		return value.isEmpty() ? "a" : value.substring(value.length() - 1);
	}

}
