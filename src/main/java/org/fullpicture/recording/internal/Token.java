package org.fullpicture.recording.internal;

/**
 * A word or punctuation mark with its place in the original text.
 *
 * @param text the characters as written, for case-sensitive abbreviations
 * @param norm lower case with curly apostrophes made straight and a possessive 's removed
 * @param stem {@link Stemmer} form of {@code norm}, so inflections compare equal
 * @param sentence index of the sentence the token belongs to
 * @param bare {@code text} without a possessive 's, so "the LADO's advice" uses the
 * abbreviation LADO
 */
record Token(int start, int end, String text, String norm, String stem, boolean word, int sentence, String bare) {

	static Token word(int start, int end, String text, String norm, int sentence) {
		boolean possessive = text.endsWith("'s") || text.endsWith("\u2019s");
		String bare = possessive ? text.substring(0, text.length() - 2) : text;
		return new Token(start, end, text, norm, Stemmer.stem(norm), true, sentence, bare);
	}

	static Token punctuation(int at, String mark, int sentence) {
		return new Token(at, at + 1, mark, mark, mark, false, sentence, mark);
	}

	boolean isPunctuation(String mark) {
		return !word && text.equals(mark);
	}

	boolean isClauseBreak() {
		return !word && !text.equals("'") && !text.equals("\"");
	}

}
