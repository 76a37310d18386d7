package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A token pattern from the catalogue. Elements are separated by spaces:
 * <ul>
 * <li>{@code engage} matches any inflection ("engaged", "engaging", "engagement");</li>
 * <li>{@code hard|difficult} matches either word;</li>
 * <li>{@code =fine} matches that exact word only ("fine" but not "fined");</li>
 * <li>{@code ~2} skips up to two words ("not <i>willing to</i> engage").</li>
 * </ul>
 * Words of three letters or fewer ("not", "to", "at") match exactly, since stems that short
 * collide ("noted" would stem to "not"). Case-sensitive patterns match abbreviations as written.
 * A match never runs across punctuation.
 */
final class PhrasePattern {

	private final List<Element> elements;

	private PhrasePattern(List<Element> elements) {
		this.elements = elements;
	}

	static PhrasePattern compile(String source, boolean caseSensitive) {
		List<Element> elements = new ArrayList<>();
		for (String part : source.trim().split("\\s+")) {
			if (part.startsWith("~")) {
				elements.add(new Gap(Integer.parseInt(part.substring(1))));
			}
			else {
				elements.add(new Word(Arrays.stream(part.split("\\|"))
					.map(alternative -> key(alternative, caseSensitive))
					.collect(Collectors.toUnmodifiableSet())));
			}
		}
		if (!(elements.get(0) instanceof Word)) {
			throw new IllegalArgumentException("A pattern must start with a word: " + source);
		}
		return new PhrasePattern(List.copyOf(elements));
	}

	/** The keys a first token must have for this pattern to start there; see {@link Token#keys()}. */
	Set<String> firstKeys() {
		return ((Word) elements.get(0)).keys();
	}

	static List<String> keysOf(String text, String norm, String stem) {
		return List.of("text:" + bare(text), "norm:" + norm, "stem:" + stem);
	}

	/** Index just past the last token matched when the pattern starts at {@code from}, or -1. */
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
		Word word = (Word) elements.get(element);
		if (!isWord(tokens, at) || tokens.get(at).keys().stream().noneMatch(word.keys()::contains)) {
			return -1;
		}
		return matchEnd(tokens, at + 1, element + 1);
	}

	private static boolean isWord(List<Token> tokens, int at) {
		return at < tokens.size() && tokens.get(at).word();
	}

	private static String key(String alternative, boolean caseSensitive) {
		if (caseSensitive) {
			return "text:" + alternative;
		}
		String norm = alternative.toLowerCase(Locale.ROOT);
		if (norm.startsWith("=")) {
			return "norm:" + norm.substring(1);
		}
		return norm.length() <= 3 ? "norm:" + norm : "stem:" + Stemmer.stem(norm);
	}

	// "the LADO's advice" uses the abbreviation LADO
	private static String bare(String text) {
		return text.endsWith("'s") || text.endsWith("\u2019s") ? text.substring(0, text.length() - 2) : text;
	}

	private sealed interface Element permits Word, Gap {
	}

	private record Word(Set<String> keys) implements Element {
	}

	private record Gap(int max) implements Element {
	}

}
