package org.fullpicture.linkage.internal;

import java.util.Locale;

/** Normalises free text the same way for every source, so equal means equal. */
final class Text {

	private Text() {
	}

	/**
	 * Digits a scanner or a slip of the hand puts for the letters they look like: '0' for
	 * 'o', '1' for 'l'.
	 */
	private static final String DIGITS_AS_LETTERS = "olzeasgtbg";

	/**
	 * Lower-case letters; runs of spaces and hyphens become one hyphen, so 'Kayleigh
	 * Marie' and 'Kayleigh-Marie' are the same name. A digit in a name was keyed or
	 * scanned for the letter it looks like ('o1ivia', '9eorge'), so it becomes that
	 * letter. Null when nothing is left.
	 */
	static String name(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(raw.length());
		boolean pendingSeparator = false;
		for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				if (pendingSeparator && out.length() > 0) {
					out.append('-');
				}
				pendingSeparator = false;
				out.append(c >= '0' && c <= '9' ? DIGITS_AS_LETTERS.charAt(c - '0') : c);
			}
			else if (c == ' ' || c == '-' || c == '\t') {
				pendingSeparator = true;
			}
		}
		return out.isEmpty() ? null : out.toString();
	}

	/** Upper-case letters and digits only: 'sw1a 1aa' and 'SW1A1AA' are one postcode. */
	static String compact(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(raw.length());
		for (char c : raw.toUpperCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
		}
		return out.isEmpty() ? null : out.toString();
	}

	/**
	 * The postcode sector: for a UK postcode the outward code and the first inward digit
	 * ('SW1A 1AA' is in 'SW1A1'); for a short numeric postcode, all but its last digit.
	 */
	static String postcodeSector(String compactPostcode) {
		if (compactPostcode == null || compactPostcode.length() < 3) {
			return null;
		}
		int keep = Character.isLetter(compactPostcode.charAt(0)) ? compactPostcode.length() - 2
				: compactPostcode.length() - 1;
		return compactPostcode.substring(0, keep);
	}

}
