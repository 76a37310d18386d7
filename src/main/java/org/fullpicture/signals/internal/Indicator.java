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
		return entryTypes.contains(fact.type()) || fact.factors().stream().anyMatch(factors::contains);
	}

}
