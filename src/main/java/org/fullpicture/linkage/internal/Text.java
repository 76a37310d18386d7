package org.fullpicture.linkage.internal;

import java.util.Locale;

/** Normalises free text the same way for every source, so equal means equal. */
final class Text {

	private Text() {
	}

	/**
	 * Lower-case letters and digits; runs of spaces and hyphens become one hyphen, so
	 * 'Kayleigh Marie' and 'Kayleigh-Marie' are the same name. Null when nothing is left.
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
				out.append(c);
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
