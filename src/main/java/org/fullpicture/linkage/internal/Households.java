package org.fullpicture.linkage.internal;

/**
 * Patterns where fields stop being independent evidence: brothers and sisters share a
 * family name and an address, and twins a birth date as well. The model would otherwise
 * count the same fact, 'one household', several times over.
 */
final class Households {

	private Households() {
	}

	static boolean sameHouseholdOtherGivenName(int pattern) {
		return Patterns.level(pattern, Comparison.FAMILY_NAME) <= PairComparator.JARO_WINKLER_MID
				&& Patterns.level(pattern, Comparison.ADDRESS) <= PairComparator.SAME_STREET
				&& Patterns.level(pattern, Comparison.GIVEN_NAME) >= PairComparator.SOUNDS_ALIKE;
	}

	/**
	 * Both names unlike (or unknown), yet born the same day at the same house, postcode
	 * or street: a record whose names were replaced or keyed wrongly, or a child recorded
	 * under another name. Never the same person on this evidence, but always for a person
	 * to look at, in a batch and when one record is scored alike.
	 */
	static boolean sameBirthAndHomeOtherNames(int pattern) {
		return Patterns.level(pattern, Comparison.GIVEN_NAME) >= PairComparator.FEW_EDITS
				&& Patterns.level(pattern, Comparison.FAMILY_NAME) >= PairComparator.FEW_EDITS
				&& Patterns.level(pattern, Comparison.DATE_OF_BIRTH) == PairComparator.EXACT
				&& Patterns.level(pattern, Comparison.ADDRESS) <= PairComparator.SAME_STREET;
	}

	/** Brothers and sisters: one household, but other given names and birth dates. */
	static boolean siblings(int pattern) {
		return sameHouseholdOtherGivenName(pattern)
				&& Patterns.level(pattern, Comparison.GIVEN_NAME) == PairComparator.NAME_DIFFERENT
				&& Patterns.level(pattern, Comparison.DATE_OF_BIRTH) == PairComparator.DOB_DIFFERENT;
	}

	/**
	 * One household's children born the same day whose given names differ by more than a
	 * slip of the keyboard ('Lily' and 'Lila', 'Ella' and 'Ellie'): the same child, or
	 * twins. Twins have their own NHS numbers, so equal ones rule this out.
	 */
	static boolean possibleTwinsByName(int pattern) {
		int given = Patterns.level(pattern, Comparison.GIVEN_NAME);
		return Patterns.level(pattern, Comparison.FAMILY_NAME) <= PairComparator.JARO_WINKLER_MID
				&& Patterns.level(pattern, Comparison.ADDRESS) <= PairComparator.SAME_STREET
				&& Patterns.level(pattern, Comparison.DATE_OF_BIRTH) == PairComparator.EXACT
				&& given != PairComparator.EXACT && given != PairComparator.NAME_PART
				&& given != PairComparator.JARO_WINKLER_HIGH
				&& Patterns.level(pattern, Comparison.NHS_NUMBER) != PairComparator.EXACT
				&& Patterns.level(pattern, Comparison.UPN) != PairComparator.EXACT;
	}

	/** One household, and given names nothing alike (or unknown). */
	static boolean possibleTwins(int pattern) {
		return sameHouseholdOtherGivenName(pattern)
				&& Patterns.level(pattern, Comparison.GIVEN_NAME) >= PairComparator.NAME_DIFFERENT;
	}

}
