package org.fullpicture.recording.internal;

/**
 * A word or punctuation mark with its place in the original text.
 *
 * @param text the characters as written, for case-sensitive abbreviations
 * @param norm lower case with curly apostrophes made straight and a possessive 's removed
 * @param stem {@link Stemmer} form of {@code norm}, so inflections compare equal
 * @param sentence index of the sentence the token belongs to
 */
record Token(int start, int end, String text, String norm, String stem, boolean word, int sentence) {

	boolean isPunctuation(String mark) {
		return !word && text.equals(mark);
	}

	boolean isClauseBreak() {
		return !word && !text.equals("'") && !text.equals("\"");
	}

}
