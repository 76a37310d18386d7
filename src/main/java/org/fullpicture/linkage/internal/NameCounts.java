package org.fullpicture.linkage.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each name occurs among the records a model was fitted on, keyed by normalised
 * text rather than by id, so that records scored later, in another name table, can look
 * their names up.
 */
record NameCounts(Map<String, Integer> given, Map<String, Integer> family) {

	static NameCounts of(NameTable names, Features records) {
		Map<String, Integer> given = new HashMap<>();
		Map<String, Integer> family = new HashMap<>();
		for (int name : records.givenNames) {
			given.merge(names.text(name), 1, Integer::sum);
		}
		for (int record = 0; record < records.size; record++) {
			int name = records.familyName(record);
			if (name != Vocabulary.MISSING) {
				family.merge(names.text(name), 1, Integer::sum);
			}
		}
		return new NameCounts(given, family);
	}

}
