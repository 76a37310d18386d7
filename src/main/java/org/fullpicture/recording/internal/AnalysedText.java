package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split into tokens and sentences, knowing which characters sit inside quotation
 * marks.
 */
final class AnalysedText {

	private static final Pattern DOTTED_ABBREVIATION = Pattern
		.compile("(?i)(e\\.g\\.|i\\.e\\.|etc\\.|mrs\\.|mr\\.|ms\\.|dr\\.)");

	// the longest dotted abbreviation, "mrs.", has its first full stop three characters
	// in
	private static final int DOTTED_REACH = 3;

	private static final Set<Character> SENTENCE_ENDS = Set.of('.', '!', '?');

	private final String text;

	private final List<Token> tokens = new ArrayList<>();

	private final boolean[] quoted;

	private final Matcher dotted;

	private int sentence;

	private AnalysedText(String text) {
		this.text = text;
		this.quoted = QuotedSpans.mark(text);
		this.dotted = DOTTED_ABBREVIATION.matcher(text);
		tokenize();
	}

	static AnalysedText of(String text) {
		return new AnalysedText(text == null ? "" : text);
	}

	String text() {
		return text;
	}

	List<Token> tokens() {
		return tokens;
	}

	boolean isQuoted(int charIndex) {
		return charIndex < quoted.length && quoted[charIndex];
	}

	private void tokenize() {
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == '\n') {
				sentence++;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isLetterOrDigit(c)) {
				i = readWord(i);
			}
			else {
				i = readPunctuation(i);
			}
		}
	}

	private int readWord(int from) {
		if (fullStopWithin(from, DOTTED_REACH) && dotted.region(from, text.length()).lookingAt()) {
			String word = dotted.group();
			addWord(from, dotted.end(), word, word.replace(".", "").toLowerCase(Locale.ROOT));
			return dotted.end();
		}
		int end = from;
		while (end < text.length() && continuesWord(end, from)) {
			end++;
		}
		String word = text.substring(from, end);
		String norm = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		if (norm.endsWith("n't") && norm.length() > 3) {
			addWord(from, end, word, expandNegatedVerb(norm.substring(0, norm.length() - 3)));
			addWord(from, end, word, "not");
		}
		else if (norm.equals("cannot")) {
			addWord(from, end, word, "can");
			addWord(from, end, word, "not");
		}
		else {
			addWord(from, end, word, norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm);
		}
		return end;
	}

	private boolean fullStopWithin(int from, int reach) {
		for (int i = from + 1; i <= from + reach && i < text.length(); i++) {
			if (text.charAt(i) == '.') {
				return true;
			}
		}
		return false;
	}

	private boolean continuesWord(int at, int wordStart) {
		char c = text.charAt(at);
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		boolean between = at > wordStart && at + 1 < text.length();
		if (between && (c == '\'' || c == '\u2019')) {
			return Character.isLetter(text.charAt(at + 1));
		}
		// a decimal such as 6.2 stays one token, so its point does not end a sentence
		return between && c == '.' && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
	}

	private static String expandNegatedVerb(String base) {
		return switch (base) {
			case "ca" -> "can";
			case "wo" -> "will";
			case "sha" -> "shall";
			default -> base;
		};
	}

	private int readPunctuation(int at) {
		char c = text.charAt(at);
		if (c == '-' && joinsWords(at)) {
			return at + 1; // "non-compliant" reads as "non compliant"
		}
		String mark = switch (c) {
			case '-', '\u2013', '\u2014' -> "-";
			case '\u201C', '\u201D' -> "\"";
			case '\u2018', '\u2019' -> "'";
			default -> String.valueOf(c);
		};
		tokens.add(Token.punctuation(at, mark, sentence));
		if (SENTENCE_ENDS.contains(c)) {
			sentence++;
		}
		return at + 1;
	}

	private boolean joinsWords(int at) {
		return at > 0 && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at - 1))
				&& Character.isLetterOrDigit(text.charAt(at + 1));
	}

	private void addWord(int start, int end, String word, String norm) {
		tokens.add(Token.word(start, end, word, norm, sentence));
	}

}
