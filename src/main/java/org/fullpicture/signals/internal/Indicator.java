package org.fullpicture.signals.internal;

import java.util.Set;

import org.fullpicture.chronology.EntryFacts;
import org.fullpicture.chronology.EntryType;

/**
 * One kind of thing a rule looks for: entries of these types, or carrying these factor
 * codes, at least minCount times.
 */
record Indicator(String name, String label, Set<EntryType> entryTypes, Set<String> factors, int minCount) {

	boolean matches(EntryFacts.Fact fact) {
		if (entryTypes.contains(fact.type())) {
			return true;
		}
		for (String code : fact.factors()) {
			if (factors.contains(code)) {
				return true;
			}
		}
		return false;
	}

}
