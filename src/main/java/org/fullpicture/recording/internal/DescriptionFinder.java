package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fullpicture.recording.DescriptionKind;

/**
 * Finds concrete descriptions of harm and conditions (from
 * {@code recording/descriptions.tsv}) and words in quotation marks. A description is the
 * clause around the words that matched, starting after a "was", "saw" or "there were"
 * just before them, so it reads on its own when quoted: "The flat was unsanitary with a
 * foul smell" gives "unsanitary with a foul smell".
 */
final class DescriptionFinder {

	static final String RESOURCE = "recording/descriptions.tsv";

	private static final Set<String> LEADING_VERBS = Set.of("was", "were", "is", "are", "had", "has", "have", "saw",
			"see", "seen", "heard", "smelled", "smelt", "found", "noticed", "observed", "there");

	private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ";", ":", "(", ")", "-");

	private static final int VERB_REACH = 3;

	private static final int MIN_QUOTED_WORDS = 2;

	// in quoted words, short words ("a", "the", "was") say little about whether a summary
	// kept them
	private static final int SHORT_WORD = 3;

	private final PatternIndex<DescriptionKind> cues;

	DescriptionFinder(PatternIndex<DescriptionKind> cues) {
		this.cues = cues;
	}

	static DescriptionFinder load() {
		return new DescriptionFinder(DataFile.patternsByKind(RESOURCE, DescriptionKind.class));
	}

	List<Description> find(AnalysedText text) {
		List<Description> found = new ArrayList<>(quotedWords(text));
		List<Token> tokens = text.tokens();
		int clauseStart = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (!tokens.get(i).word() && CLAUSE_ENDS.contains(tokens.get(i).text())) {
				describeClause(text, clauseStart, i).ifPresent(found::add);
				clauseStart = i + 1;
			}
			else if (i > clauseStart && tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
				describeClause(text, clauseStart, i).ifPresent(found::add);
				clauseStart = i;
			}
		}
		describeClause(text, clauseStart, tokens.size()).ifPresent(found::add);
		return found;
	}

	private Optional<Description> describeClause(AnalysedText text, int from, int to) {
		List<Token> tokens = text.tokens();
		Set<String> keyStems = new LinkedHashSet<>();
		DescriptionKind kind = null;
		int firstCue = -1;
		for (int i = from; i < to; i++) {
			if (text.isQuoted(tokens.get(i).start())) {
				continue;
			}
			for (PatternIndex.Hit<DescriptionKind> hit : cues.matchesAt(tokens, i)) {
				if (hit.end() <= to) {
					kind = kind == null ? hit.value() : kind;
					firstCue = firstCue < 0 ? i : firstCue;
					keyStems.addAll(stems(tokens, i, hit.end(), 0));
				}
			}
		}
		if (firstCue < 0) {
			return Optional.empty();
		}
		int start = from;
		// "The flat was unsanitary" reads on its own as "unsanitary"; "the floor was
		// covered in
		// faeces" needs its subject, so only a verb close to the description is trimmed.
		// "I heard a child screaming": the cue may itself be the verb to start after.
		for (int i = Math.max(from, firstCue - VERB_REACH); i <= firstCue && i + 1 < to; i++) {
			if (tokens.get(i).word() && LEADING_VERBS.contains(tokens.get(i).norm())) {
				start = i + 1;
			}
		}
		int last = to - 1;
		while (last > start && !tokens.get(last).word()) {
			last--;
		}
		return Optional.of(new Description(tokens.get(start).start(), tokens.get(last).end(), kind, keyStems));
	}

	private static List<Description> quotedWords(AnalysedText text) {
		List<Description> found = new ArrayList<>();
		List<Token> tokens = text.tokens();
		int i = 0;
		while (i < tokens.size()) {
			if (!tokens.get(i).word() || !text.isQuoted(tokens.get(i).start())) {
				i++;
				continue;
			}
			int first = i;
			while (i < tokens.size() && text.isQuoted(tokens.get(i).start())) {
				i++;
			}
			int last = i - 1;
			while (!tokens.get(last).word()) {
				last--;
			}
			Set<String> stems = stems(tokens, first, last + 1, SHORT_WORD);
			if (countWords(tokens, first, last + 1) >= MIN_QUOTED_WORDS) {
				found.add(new Description(tokens.get(first).start(), tokens.get(last).end(), DescriptionKind.OWN_WORDS,
						stems));
			}
		}
		return found;
	}

	/**
	 * Stems of the words from {@code from} to {@code to} that are longer than
	 * {@code skipUpTo} letters.
	 */
	static Set<String> stems(List<Token> tokens, int from, int to, int skipUpTo) {
		Set<String> stems = new HashSet<>();
		for (int i = from; i < to; i++) {
			if (tokens.get(i).word() && tokens.get(i).norm().length() > skipUpTo) {
				stems.add(tokens.get(i).stem());
			}
		}
		return stems;
	}

	private static int countWords(List<Token> tokens, int from, int to) {
		return (int) tokens.subList(from, to).stream().filter(Token::word).count();
	}

}
