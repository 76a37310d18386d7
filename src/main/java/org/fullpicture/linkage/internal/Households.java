package org.fullpicture.linkage.internal;

/**
 * Patterns where fields stop being independent evidence: brothers and sisters share a
 * family name and an address, and twins a birth date as well. The model would otherwise
 * count the same fact, "one household", several times over.
 */
final class Households {

	private Households() {
	}

	static boolean sameFamilyOtherGivenName(int pattern) {
		return Patterns.level(pattern, Comparison.FAMILY_NAME) <= PairComparator.JARO_WINKLER_MID
				&& Patterns.level(pattern, Comparison.GIVEN_NAME) >= PairComparator.SOUNDS_ALIKE;
	}

	static boolean possibleTwins(int pattern) {
		return Patterns.level(pattern, Comparison.FAMILY_NAME) <= PairComparator.JARO_WINKLER_MID
				&& Patterns.level(pattern, Comparison.GIVEN_NAME) == PairComparator.NAME_DIFFERENT;
	}

}
