package org.fullpicture.linkage.internal;

/**
 * What identifiers decide whatever the rest of a pair says, in single scoring and in a batch alike: an equal NHS
 * number or UPN always puts a pair before a person, and two different NHS numbers are two registrations, never
 * decided the same person without one.
 */
final class Identifiers {

	private Identifiers() {
	}

	static boolean shared(int pattern) {
		return Patterns.level(pattern, Comparison.NHS_NUMBER) == PairComparator.EXACT
				|| Patterns.level(pattern, Comparison.UPN) == PairComparator.EXACT;
	}

	static boolean nhsNumbersDiffer(int pattern) {
		return Patterns.level(pattern, Comparison.NHS_NUMBER) == PairComparator.ID_DIFFERENT;
	}

}
