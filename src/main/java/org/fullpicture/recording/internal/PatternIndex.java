package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patterns indexed by what their first word can match, so each token is tried only
 * against patterns that can start there.
 */
final class PatternIndex<T> {

	private final Map<String, List<Entry<T>>> byText = new HashMap<>();

	private final Map<String, List<Entry<T>>> byNorm = new HashMap<>();

	private final Map<String, List<Entry<T>>> byStem = new HashMap<>();

	void add(PhrasePattern pattern, T value) {
		Entry<T> entry = new Entry<>(pattern, value);
		PhrasePattern.Word first = pattern.firstWord();
		first.texts().forEach(text -> byText.computeIfAbsent(text, k -> new ArrayList<>()).add(entry));
		first.norms().forEach(norm -> byNorm.computeIfAbsent(norm, k -> new ArrayList<>()).add(entry));
		first.stems().forEach(stem -> byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(entry));
	}

	/**
	 * Every pattern that matches starting at token {@code at}, with the index just past
	 * its match.
	 */
	List<Hit<T>> matchesAt(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		if (!token.word()) {
			return List.of();
		}
		List<Hit<T>> hits = new ArrayList<>();
		addMatches(byText.get(token.bare()), tokens, at, hits);
		addMatches(byNorm.get(token.norm()), tokens, at, hits);
		addMatches(byStem.get(token.stem()), tokens, at, hits);
		return hits;
	}

	private static <T> void addMatches(List<Entry<T>> entries, List<Token> tokens, int at, List<Hit<T>> hits) {
		if (entries == null) {
			return;
		}
		for (Entry<T> entry : entries) {
			int end = entry.pattern().matchEnd(tokens, at);
			if (end > at) {
				hits.add(new Hit<>(entry.value(), at, end));
			}
		}
	}

	private record Entry<T>(PhrasePattern pattern, T value) {
	}

	/**
	 * {@code value}'s pattern matched tokens {@code first} (inclusive) to {@code end}
	 * (exclusive).
	 */
	record Hit<T>(T value, int first, int end) {
	}

}
