package org.fullpicture.linkage.internal;

/** Comparison and level names as a page shows them to a practitioner. */
final class ReasonLabels {

	private ReasonLabels() {
	}

	static String comparison(Comparison comparison) {
		return switch (comparison) {
			case GIVEN_NAME -> "given name";
			case FAMILY_NAME -> "family name";
			case DATE_OF_BIRTH -> "date of birth";
			case NHS_NUMBER -> "NHS number";
			case UPN -> "unique pupil number";
			case ADDRESS -> "address";
			case SEX -> "sex";
		};
	}

	/** The engine's level names, but spelling similarity in words rather than scores. */
	static String level(Comparison comparison, int level) {
		boolean name = comparison == Comparison.GIVEN_NAME || comparison == Comparison.FAMILY_NAME;
		if (name && level == PairComparator.JARO_WINKLER_HIGH) {
			return "spelt almost the same";
		}
		if (name && level == PairComparator.JARO_WINKLER_MID) {
			return "spelt alike";
		}
		return comparison.level(level);
	}

}
