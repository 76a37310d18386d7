package org.fullpicture.demo.internal;

import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template: "[a|b|c]" picks one of the choices at random and "{name}" is replaced
 * from the values, so one template reads differently each time it is used.
 */
final class Phrases {

	private static final Pattern CHOICE = Pattern.compile("\\[([^\\[\\]]*)\\]");

	private static final Pattern VALUE = Pattern.compile("\\{(\\w+)\\}");

	private Phrases() {
	}

	static String fill(String template, Map<String, String> values, RandomGenerator random) {
		String text = template;
		Matcher choice = CHOICE.matcher(text);
		while (choice.find()) {
			String[] options = choice.group(1).split("\\|", -1);
			text = text.substring(0, choice.start()) + options[random.nextInt(options.length)]
					+ text.substring(choice.end());
			choice = CHOICE.matcher(text);
		}
		Matcher value = VALUE.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (value.find()) {
			value.appendReplacement(filled,
					Matcher.quoteReplacement(values.getOrDefault(value.group(1), value.group())));
		}
		value.appendTail(filled);
		return capitaliseSentences(filled.toString());
	}

	private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?] )([a-z])");

	/** A pronoun or a choice can open a sentence: give it its capital. */
	private static String capitaliseSentences(String text) {
		return SENTENCE_START.matcher(text).replaceAll(m -> m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT));
	}

	static <T> T pick(T[] options, RandomGenerator random) {
		return options[random.nextInt(options.length)];
	}

}
