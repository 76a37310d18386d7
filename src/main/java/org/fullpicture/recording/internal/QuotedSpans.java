package org.fullpicture.recording.internal;

/**
 * Marks the characters that sit inside quotation marks: straight or curly, double or
 * single. A single mark between letters is an apostrophe ("don't", "Mum's"), not a quote.
 */
final class QuotedSpans {

	private QuotedSpans() {
	}

	static boolean[] mark(String text) {
		boolean[] quoted = new boolean[text.length()];
		int doubleOpen = -1;
		int singleOpen = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u201C' || (c == '"' && doubleOpen < 0)) {
				doubleOpen = doubleOpen < 0 ? i : doubleOpen;
			}
			else if ((c == '"' || c == '\u201D') && doubleOpen >= 0) {
				fill(quoted, doubleOpen, i);
				doubleOpen = -1;
			}
			else if (c == '\'' || c == '\u2018' || c == '\u2019') {
				if (singleOpen < 0 && opensSingle(text, i)) {
					singleOpen = i;
				}
				else if (singleOpen >= 0 && closesSingle(text, i)) {
					fill(quoted, singleOpen, i);
					singleOpen = -1;
				}
			}
			else if (c == '\n') {
				// an unclosed quote runs to the end of its paragraph, no further
				fill(quoted, doubleOpen, i);
				fill(quoted, singleOpen, i);
				doubleOpen = -1;
				singleOpen = -1;
			}
		}
		fill(quoted, doubleOpen, text.length());
		fill(quoted, singleOpen, text.length());
		return quoted;
	}

	private static boolean opensSingle(String text, int i) {
		boolean afterBoundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
		boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
		return text.charAt(i) != '\u2019' && afterBoundary && beforeWord;
	}

	private static boolean closesSingle(String text, int i) {
		boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
		boolean beforeBoundary = i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
		return text.charAt(i) != '\u2018' && afterWord && beforeBoundary;
	}

	private static void fill(boolean[] quoted, int from, int to) {
		for (int i = Math.max(from, 0); from >= 0 && i < to; i++) {
			quoted[i] = true;
		}
	}

}
