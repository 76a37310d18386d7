package org.fullpicture.recording;

/**
 * One place in a text where the wording could hide the child's experience.
 *
 * @param start index of the first character of the match in the checked text
 * @param end index just after the last character (so {@code text.substring(start, end)}
 * is the match)
 * @param blocking true only where configuration says this category stops the text being
 * saved here
 */
public record Finding(int start, int end, String matchedText, Category category, String explanation, String suggestion,
		boolean blocking) {
}
