package org.fullpicture.linkage.internal;

/**
 * What identifiers decide whatever the rest of a pair says when one record is scored
 * against the index (recording a child): an equal NHS number or UPN always puts a pair
 * before a person, and two different NHS numbers are two registrations, never decided the
 * same person without one. Batch linkage does not apply these yet: a file's identifier
 * column may carry typos (FEBRL's soc_sec_id does), which this rule would turn into
 * missed links.
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
