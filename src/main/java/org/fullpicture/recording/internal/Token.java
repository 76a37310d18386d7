package org.fullpicture.recording.internal;

import java.util.List;

/**
 * A word or punctuation mark with its place in the original text.
 *
 * @param text the characters as written, for case-sensitive abbreviations
 * @param norm lower case with curly apostrophes made straight and a possessive 's removed
 * @param stem {@link Stemmer} form of {@code norm}, so inflections compare equal
 * @param sentence index of the sentence the token belongs to
 * @param keys what {@link PhrasePattern} words can match on, worked out once per token
 */
record Token(int start, int end, String text, String norm, String stem, boolean word, int sentence,
		List<String> keys) {

	static Token word(int start, int end, String text, String norm, int sentence) {
		String stem = Stemmer.stem(norm);
		return new Token(start, end, text, norm, stem, true, sentence, PhrasePattern.keysOf(text, norm, stem));
	}

	static Token punctuation(int at, String mark, int sentence) {
		return new Token(at, at + 1, mark, mark, mark, false, sentence, List.of());
	}

	boolean isPunctuation(String mark) {
		return !word && text.equals(mark);
	}

	boolean isClauseBreak() {
		return !word && !text.equals("'") && !text.equals("\"");
	}

}
