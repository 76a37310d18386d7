package org.fullpicture.recording.internal;

import java.util.List;
import java.util.Set;

/**
 * What the words around a match say about it: whether it is negated ("not chaotic"),
 * explained straight after ("chaotic: six adults ..."), or part of what someone else said
 * ("Mum said ..."). Each rule looks only inside the sentence and within a few words, so a
 * finding can always be explained by pointing at the words nearby.
 */
final class Surroundings {

	private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "neither", "without", "hardly");

	private static final int NEGATION_REACH = 3;

	private static final int EXPLANATION_REACH = 5;

	private static final List<List<String>> EXPLAINING_WORDS = List.of(List.of("by", "which"), List.of("meaning"),
			List.of("ie"), List.of("eg"), List.of("for", "example"), List.of("for", "instance"), List.of("such", "as"),
			List.of("in", "that"), List.of("in", "the", "sense"), List.of("specifically"), List.of("namely"),
			List.of("because"), List.of("evidenced", "by"), List.of("as", "shown", "by"), List.of("that", "is"),
			List.of("including"));

	private static final Set<String> EXPLAINING_MARKS = Set.of(":", "-", "(");

	// verbs that always introduce someone's words or view: "Mum said the house was fine"
	private static final Set<String> SAYING_VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "stated",
			"states", "explained", "explains", "replied", "replies", "claimed", "claims", "insisted", "insists",
			"asked", "asks", "wrote", "writes", "according", "agreed", "agrees", "confirmed", "confirms", "feels",
			"felt", "thinks", "thought", "believes", "believed");

	// verbs that introduce someone's words only before "that" or "as": "school reported
	// that ...",
	// but not "Mum disclosed physical chastisement", where the words after the verb are
	// the writer's
	private static final Set<String> NAMING_VERBS = Set.of("reported", "reports", "described", "describes", "disclosed",
			"discloses", "mentioned", "mentions", "shared", "admitted", "admits", "denied", "denies");

	private static final Set<String> REPORTING_LINKS = Set.of("that", "as");

	private static final Set<String> FIRST_PERSON = Set.of("i", "we");

	private Surroundings() {
	}

	static boolean isNegator(Token token) {
		return token.word() && NEGATORS.contains(token.norm());
	}

	static boolean negated(List<Token> tokens, int first) {
		int words = 0;
		for (int i = first - 1; i >= 0 && words < NEGATION_REACH; i--) {
			Token token = tokens.get(i);
			if (!sameSentence(tokens, i, first) || token.isClauseBreak()) {
				return false;
			}
			if (isNegator(token)) {
				return true;
			}
			words++;
		}
		return false;
	}

	static boolean explained(List<Token> tokens, int end, Set<String> extraWords) {
		int last = end - 1;
		for (int i = end; i < tokens.size() && i - end < EXPLANATION_REACH && sameSentence(tokens, i, last); i++) {
			Token token = tokens.get(i);
			if (EXPLAINING_MARKS.contains(token.text()) && !token.word()) {
				return true;
			}
			if (token.word() && (extraWords.contains(token.norm()) || startsExplanation(tokens, i))) {
				return true;
			}
		}
		return false;
	}

	static boolean reported(List<Token> tokens, int first) {
		for (int i = first - 1; i >= 0 && sameSentence(tokens, i, first); i--) {
			Token token = tokens.get(i);
			if (token.word() && introducesWords(tokens, i)
					&& !(i > 0 && FIRST_PERSON.contains(tokens.get(i - 1).norm()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean introducesWords(List<Token> tokens, int verb) {
		String norm = tokens.get(verb).norm();
		return SAYING_VERBS.contains(norm) || (NAMING_VERBS.contains(norm) && verb + 1 < tokens.size()
				&& REPORTING_LINKS.contains(tokens.get(verb + 1).norm()));
	}

	/**
	 * The word straight before or after a match, or "" at the edge of a sentence or
	 * clause.
	 */
	static String neighbour(List<Token> tokens, int index, int sentenceOf) {
		if (index < 0 || index >= tokens.size() || !tokens.get(index).word()
				|| !sameSentence(tokens, index, sentenceOf)) {
			return "";
		}
		return tokens.get(index).norm();
	}

	private static boolean startsExplanation(List<Token> tokens, int at) {
		for (List<String> words : EXPLAINING_WORDS) {
			if (wordsAt(tokens, at, words)) {
				return true;
			}
		}
		return false;
	}

	private static boolean wordsAt(List<Token> tokens, int at, List<String> words) {
		for (int k = 0; k < words.size(); k++) {
			int i = at + k;
			if (i >= tokens.size() || !tokens.get(i).word() || !tokens.get(i).norm().equals(words.get(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameSentence(List<Token> tokens, int i, int j) {
		return tokens.get(i).sentence() == tokens.get(j).sentence();
	}

}
