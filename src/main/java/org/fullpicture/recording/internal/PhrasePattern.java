package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A token pattern from the catalogue. Elements are separated by spaces:
 * <ul>
 * <li>{@code engage} matches any inflection ("engaged", "engaging", "engagement");</li>
 * <li>{@code hard|difficult} matches either word;</li>
 * <li>{@code =fine} matches that exact word only ("fine" but not "fined");</li>
 * <li>{@code ~2} skips up to two words ("not <i>willing to</i> engage").</li>
 * </ul>
 * Words of three letters or fewer ("not", "to", "at") match exactly, since stems that
 * short collide ("noted" would stem to "not"). Case-sensitive patterns match
 * abbreviations as written. A match never runs across punctuation.
 */
final class PhrasePattern {

	private final List<Element> elements;

	private PhrasePattern(List<Element> elements) {
		this.elements = elements;
	}

	static PhrasePattern compile(String source, boolean caseSensitive) {
		List<Element> elements = new ArrayList<>();
		for (String part : source.trim().split("\\s+")) {
			elements.add(part.startsWith("~") ? new Gap(Integer.parseInt(part.substring(1)))
					: Word.of(part.split("\\|"), caseSensitive));
		}
		if (!(elements.get(0) instanceof Word)) {
			throw new IllegalArgumentException("A pattern must start with a word: " + source);
		}
		return new PhrasePattern(List.copyOf(elements));
	}

	/** What a first token must be for this pattern to start there. */
	Word firstWord() {
		return (Word) elements.get(0);
	}

	/**
	 * Index just past the last token matched when the pattern starts at {@code from}, or
	 * -1.
	 */
	int matchEnd(List<Token> tokens, int from) {
		return matchEnd(tokens, from, 0);
	}

	private int matchEnd(List<Token> tokens, int at, int element) {
		if (element == elements.size()) {
			return at;
		}
		if (elements.get(element) instanceof Gap gap) {
			for (int skipped = 0; skipped <= gap.max(); skipped++) {
				if (skipped > 0 && !isWord(tokens, at + skipped - 1)) {
					return -1;
				}
				int end = matchEnd(tokens, at + skipped, element + 1);
				if (end >= 0) {
					return end;
				}
			}
			return -1;
		}
		if (!isWord(tokens, at) || !((Word) elements.get(element)).matches(tokens.get(at))) {
			return -1;
		}
		return matchEnd(tokens, at + 1, element + 1);
	}

	private static boolean isWord(List<Token> tokens, int at) {
		return at < tokens.size() && tokens.get(at).word();
	}

	private sealed interface Element permits Word, Gap {

	}

	/**
	 * Alternatives for one word, by what they compare: the text as written, lower case,
	 * or stem.
	 */
	record Word(Set<String> texts, Set<String> norms, Set<String> stems) implements Element {

		static Word of(String[] alternatives, boolean caseSensitive) {
			Set<String> texts = new HashSet<>();
			Set<String> norms = new HashSet<>();
			Set<String> stems = new HashSet<>();
			for (String alternative : alternatives) {
				String norm = alternative.toLowerCase(Locale.ROOT);
				if (caseSensitive) {
					texts.add(alternative);
				}
				else if (norm.startsWith("=")) {
					norms.add(norm.substring(1));
				}
				else if (norm.length() <= 3) {
					norms.add(norm);
				}
				else {
					stems.add(Stemmer.stem(norm));
				}
			}
			return new Word(Set.copyOf(texts), Set.copyOf(norms), Set.copyOf(stems));
		}

		boolean matches(Token token) {
			return texts.contains(token.bare()) || norms.contains(token.norm()) || stems.contains(token.stem());
		}

	}

	private record Gap(int max) implements Element {
	}

}
