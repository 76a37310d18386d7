package org.fullpicture.frontdoor.internal;

import java.security.SecureRandom;

/**
 * Reference numbers like FP-7K3M-Q9XD: eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U/V), drawn with SecureRandom, so about 7 × 10^11
 * possibilities — short to read over the phone, not worth guessing.
 */
public final class References {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private References() {
	}

	public static String next() {
		StringBuilder ref = new StringBuilder("FP-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				ref.append('-');
			}
			ref.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return ref.toString();
	}

	/**
	 * What a reporter typed, in the stored form: capitals, spaces dropped, the dashes put
	 * back.
	 */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
		if (bare.startsWith("FP")) {
			bare = bare.substring(2);
		}
		return bare.length() == 8 ? "FP-" + bare.substring(0, 4) + "-" + bare.substring(4) : bare;
	}

}
