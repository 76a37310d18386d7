package org.fullpicture.recording.internal;

import java.util.List;
import java.util.Set;

/**
 * Decides whether "X said", "she told me" or "he wants" reports a child's words. A
 * pronoun is taken to mean the person mentioned last: "Mum was tired. She said ..." is
 * Mum speaking, but "Jay was quiet. He said ..." is Jay. Names are capitalised words that
 * are not adults' roles.
 */
final class Speakers {

	private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "explained", "explains",
			"described", "describes", "shared", "shares", "wrote", "writes", "asked", "asks", "wants", "wanted",
			"wished", "wishes", "replied", "added", "disclosed", "answered", "drew", "signed", "pointed", "typed");

	private static final Set<String> ADULTS = Set.of("mum", "mummy", "mother", "mom", "dad", "daddy", "father", "nan",
			"nana", "nanny", "gran", "grandma", "grandmother", "grandad", "grandpa", "grandfather", "aunt", "auntie",
			"uncle", "carer", "carers", "parent", "parents", "teacher", "worker", "police", "officer", "nurse", "gp",
			"doctor", "visitor", "school", "nursery", "college", "partner", "stepdad", "stepmum", "stepfather",
			"stepmother", "boyfriend", "girlfriend", "manager", "midwife", "practitioner", "professional", "i", "we",
			"staff", "lead", "dsl", "social", "neighbour", "foster", "adult");

	private static final Set<String> CHILD_WORDS = Set.of("child", "son", "daughter", "boy", "girl", "baby", "brother",
			"sister", "sibling", "toddler", "person");

	private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

	private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "english", "christmas", "easter");

	// after a sentence-initial capital these show it is a person: "Jay told me", "Jay was
	// quiet"
	private static final Set<String> PERSON_FOLLOWERS = Set.of("was", "is", "has", "had", "seemed", "looked",
			"appeared", "and");

	private Speakers() {
	}

	/** True when some speech verb in the text has the child as its speaker. */
	static boolean childSpeaks(List<Token> tokens) {
		Boolean lastMentionIsChild = null;
		int previousWord = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.word()) {
				continue;
			}
			if (SPEECH_VERBS.contains(token.norm()) && previousWord >= 0) {
				boolean pronoun = PRONOUNS.contains(tokens.get(previousWord).norm());
				Boolean speaker = pronoun ? lastMentionIsChild : mention(tokens, previousWord);
				if (Boolean.TRUE.equals(speaker)) {
					return true;
				}
			}
			Boolean mention = mention(tokens, i);
			lastMentionIsChild = mention == null ? lastMentionIsChild : mention;
			previousWord = i;
		}
		return false;
	}

	/** TRUE for a child, FALSE for an adult, null when the token names no one. */
	private static Boolean mention(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		if (ADULTS.contains(token.norm())) {
			return Boolean.FALSE;
		}
		if (CHILD_WORDS.contains(token.norm()) || looksLikeName(tokens, at)) {
			return Boolean.TRUE;
		}
		return null;
	}

	private static boolean looksLikeName(List<Token> tokens, int at) {
		Token token = tokens.get(at);
		String text = token.text();
		if (!Character.isUpperCase(text.charAt(0)) || text.equals(text.toUpperCase())
				|| NOT_NAMES.contains(token.norm()) || PRONOUNS.contains(token.norm())) {
			return false;
		}
		boolean startsSentence = at == 0 || tokens.get(at - 1).sentence() != token.sentence()
				|| tokens.get(at - 1).isPunctuation("\"");
		if (!startsSentence) {
			return true;
		}
		Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
		return text.endsWith("'s") || text.endsWith("\u2019s") || (next != null && next.word()
				&& (SPEECH_VERBS.contains(next.norm()) || PERSON_FOLLOWERS.contains(next.norm())));
	}

}
