package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullpicture.recording.Category;

/**
 * Finds catalogue phrases in a text and keeps only those that are the writer's own,
 * unqualified words: not quoted, not reported from someone else, not negated, not
 * explained straight after, and (for abbreviations) only the first use, unless that first
 * use spells the abbreviation out.
 */
final class PhraseScanner {

	private final PhraseCatalogue catalogue;

	PhraseScanner(PhraseCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	List<Match> scan(AnalysedText text) {
		List<Token> tokens = text.tokens();
		List<Match> kept = new ArrayList<>();
		Set<String> abbreviationsSeen = new HashSet<>();
		for (Match match : outermost(candidates(tokens), tokens)) {
			if (text.isQuoted(tokens.get(match.first()).start())) {
				continue;
			}
			boolean flag = match.phrase().category() == Category.JARGON
					? abbreviationsSeen.add(match.phrase().id()) && !spelledOut(tokens, match)
					: isOwnUnqualifiedWords(tokens, match);
			if (flag) {
				kept.add(match);
			}
		}
		return kept;
	}

	private List<Match> candidates(List<Token> tokens) {
		List<Match> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			for (PatternIndex.Hit<Phrase> hit : catalogue.matchesAt(tokens, i)) {
				if (!ordinaryNeighbours(tokens, hit.first(), hit.end(), hit.value())) {
					found.add(new Match(hit.value(), hit.first(), hit.end()));
				}
			}
		}
		return found;
	}

	/**
	 * Where matches overlap the longest wins, except that a match starting with "not" or
	 * "never" gives way to a phrase inside it: in "not hard to engage" the "not" negates
	 * "hard to engage".
	 */
	private static List<Match> outermost(List<Match> found, List<Token> tokens) {
		List<Match> usable = found.stream()
			.filter(outer -> !(Surroundings.isNegator(tokens.get(outer.first())) && containsAnother(outer, found)))
			.sorted(Comparator.comparingInt(Match::first)
				.thenComparing(Comparator.comparingInt(Match::length).reversed()))
			.toList();
		List<Match> kept = new ArrayList<>();
		int coveredUpTo = -1;
		for (Match match : usable) {
			if (match.first() >= coveredUpTo) {
				kept.add(match);
				coveredUpTo = match.end();
			}
		}
		return kept;
	}

	private static boolean containsAnother(Match outer, List<Match> found) {
		return found.stream()
			.anyMatch(inner -> inner != outer && inner.first() > outer.first() && inner.end() <= outer.end());
	}

	private static boolean ordinaryNeighbours(List<Token> tokens, int first, int end, Phrase phrase) {
		return phrase.unlessBefore().contains(Surroundings.neighbour(tokens, first - 1, first))
				|| phrase.unlessAfter().contains(Surroundings.neighbour(tokens, end, end - 1));
	}

	private static boolean isOwnUnqualifiedWords(List<Token> tokens, Match match) {
		return !Surroundings.negated(tokens, match.first())
				&& !Surroundings.explained(tokens, match.end(), match.phrase().explainedBy())
				&& !Surroundings.reported(tokens, match.first());
	}

	// "team around the family (TAF)" or "TAF (team around the family)"
	private static boolean spelledOut(List<Token> tokens, Match match) {
		boolean inBrackets = match.first() > 0 && tokens.get(match.first() - 1).isPunctuation("(")
				&& match.end() < tokens.size() && tokens.get(match.end()).isPunctuation(")");
		boolean followedByBrackets = match.end() < tokens.size() && tokens.get(match.end()).isPunctuation("(");
		return inBrackets || followedByBrackets;
	}

	/**
	 * A phrase found over tokens {@code first} (inclusive) to {@code end} (exclusive).
	 */
	record Match(Phrase phrase, int first, int end) {

		int length() {
			return end - first;
		}

	}

}
