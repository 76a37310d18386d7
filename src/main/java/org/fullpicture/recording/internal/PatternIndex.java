package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Patterns indexed by the keys their first word can match, so each token is tried only against patterns that can start there. */
final class PatternIndex<T> {

	private final Map<String, List<Entry<T>>> byFirstKey = new HashMap<>();

	void add(PhrasePattern pattern, T value) {
		for (String key : pattern.firstKeys()) {
			byFirstKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(pattern, value));
		}
	}

	/** Every pattern that matches starting at token {@code at}, with the index just past its match. */
	List<Hit<T>> matchesAt(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		if (!token.word()) {
			return List.of();
		}
		List<Hit<T>> hits = new ArrayList<>(0);
		for (String key : token.keys()) {
			for (Entry<T> entry : byFirstKey.getOrDefault(key, List.of())) {
				int end = entry.pattern().matchEnd(tokens, at);
				if (end > at) {
					hits.add(new Hit<>(entry.value(), at, end));
				}
			}
		}
		return hits;
	}

	private record Entry<T>(PhrasePattern pattern, T value) {
	}

	/** {@code value}'s pattern matched tokens {@code first} (inclusive) to {@code end} (exclusive). */
	record Hit<T>(T value, int first, int end) {
	}

}
