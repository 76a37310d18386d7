package org.fullpicture.recording.internal;

import java.util.List;

/**
 * A deliberately light suffix stripper: it only has to make "engage", "engaged",
 * "engaging", "engages" and "engagement" compare equal, and it is applied the same way to
 * catalogue patterns and to text, so a rough stem is enough.
 */
final class Stemmer {

	private static final List<String> SUFFIXES = List.of("ingly", "edly", "ments", "ment", "ings", "ing", "ed", "ly",
			"es", "s");

	private Stemmer() {
	}

	static String stem(String norm) {
		String word = norm;
		if (word.length() <= 3) {
			return word;
		}
		if (word.endsWith("ies") || word.endsWith("ied")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		for (String suffix : SUFFIXES) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 3 && !keepsFinalS(word, suffix)
					&& !keepsFinalLy(word, suffix)) {
				word = word.substring(0, word.length() - suffix.length());
				break;
			}
		}
		word = undouble(word);
		if (word.endsWith("e") && word.length() > 3) {
			word = word.substring(0, word.length() - 1);
		}
		return word;
	}

	// "dress", "status", "this": a final s that is not a plural
	private static boolean keepsFinalS(String word, String suffix) {
		return suffix.equals("s") && (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"));
	}

	// "family", "comply", "only": a short word ending in ly is not an adverb
	private static boolean keepsFinalLy(String word, String suffix) {
		return suffix.equals("ly") && word.length() <= 6;
	}

	// "putting" -> "putt" -> "put"; but "well", "dress" and "buzz" keep their pair
	private static String undouble(String word) {
		int n = word.length();
		if (n > 3 && word.charAt(n - 1) == word.charAt(n - 2) && "lsz".indexOf(word.charAt(n - 1)) < 0
				&& "aeiou".indexOf(word.charAt(n - 1)) < 0) {
			return word.substring(0, n - 1);
		}
		return word;
	}

}
