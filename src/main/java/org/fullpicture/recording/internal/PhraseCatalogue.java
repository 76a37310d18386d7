package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fullpicture.recording.Category;

/** The phrase catalogue from {@code recording/phrases.tsv}, indexed by the first word of each pattern. */
final class PhraseCatalogue {

	static final String RESOURCE = "recording/phrases.tsv";

	private final List<Phrase> phrases;

	private final Map<String, List<Candidate>> byFirstKey = new HashMap<>();

	PhraseCatalogue(List<Phrase> phrases) {
		this.phrases = List.copyOf(phrases);
		for (Phrase phrase : phrases) {
			for (PhrasePattern pattern : phrase.patterns()) {
				for (String key : pattern.firstKeys()) {
					byFirstKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(phrase, pattern));
				}
			}
		}
	}

	static PhraseCatalogue load() {
		return new PhraseCatalogue(DataFile.rows(RESOURCE, 8).stream().map(PhraseCatalogue::phrase).toList());
	}

	List<Phrase> phrases() {
		return phrases;
	}

	List<Candidate> startingWith(Token token) {
		List<Candidate> found = new ArrayList<>();
		for (String key : PhrasePattern.keysOf(token)) {
			found.addAll(byFirstKey.getOrDefault(key, List.of()));
		}
		return found;
	}

	private static Phrase phrase(String[] row) {
		Category category = Category.valueOf(row[1].trim());
		boolean caseSensitive = category == Category.JARGON;
		List<PhrasePattern> patterns = new ArrayList<>();
		for (String source : row[2].split(";")) {
			patterns.add(PhrasePattern.compile(source, caseSensitive));
		}
		return new Phrase(row[0].trim(), category, patterns, DataFile.words(row[3]), DataFile.words(row[4]),
				DataFile.words(row[5]), row[6].trim(), row[7].trim());
	}

	record Candidate(Phrase phrase, PhrasePattern pattern) {
	}

}
