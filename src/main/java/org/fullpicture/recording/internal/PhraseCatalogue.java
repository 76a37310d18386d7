package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.List;

import org.fullpicture.recording.Category;

/**
 * The phrase catalogue from {@code recording/phrases.tsv}, indexed by the first word of
 * each pattern.
 */
final class PhraseCatalogue {

	static final String RESOURCE = "recording/phrases.tsv";

	private final List<Phrase> phrases;

	private final PatternIndex<Phrase> index = new PatternIndex<>();

	PhraseCatalogue(List<Phrase> phrases) {
		this.phrases = List.copyOf(phrases);
		for (Phrase phrase : phrases) {
			phrase.patterns().forEach(pattern -> index.add(pattern, phrase));
		}
	}

	static PhraseCatalogue load() {
		return new PhraseCatalogue(DataFile.rows(RESOURCE, 8).stream().map(PhraseCatalogue::phrase).toList());
	}

	List<Phrase> phrases() {
		return phrases;
	}

	List<PatternIndex.Hit<Phrase>> matchesAt(List<Token> tokens, int at) {
		return index.matchesAt(tokens, at);
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

}
