package org.fullpicture.linkage.internal;

import java.util.List;

/**
 * The fields compared and the levels of agreement each can reach, best first. Every
 * comparison also has a last level, missing, which counts neither for nor against.
 */
enum Comparison {

	GIVEN_NAME(Levels.NAME), FAMILY_NAME(Levels.NAME),
	DATE_OF_BIRTH("exact", "day and month swapped", "one digit wrong or two swapped", "year only", "within a year",
			"different"),
	NHS_NUMBER(Levels.IDENTIFIER), UPN(Levels.IDENTIFIER),
	ADDRESS("same house", "same postcode", "same street", "same postcode sector", "same town", "different"),
	SEX("same", "different");

	static final List<Comparison> ALL = List.of(values());

	private final String[] levels;

	Comparison(String... levels) {
		this.levels = levels;
	}

	/** Levels including missing. */
	int size() {
		return levels.length + 1;
	}

	int missing() {
		return levels.length;
	}

	String level(int level) {
		return (level == missing()) ? "missing" : levels[level];
	}

	private static final class Levels {

		static final String[] NAME = { "exact", "hyphenated part", "nickname", "jaro-winkler >= 0.94", "sounds alike",
				"jaro-winkler >= 0.85", "two edits or fewer", "different" };

		static final String[] IDENTIFIER = { "equal", "one character wrong", "different" };

	}

}
