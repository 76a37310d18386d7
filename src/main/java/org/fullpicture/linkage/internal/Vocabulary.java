package org.fullpicture.linkage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct string a small int id, so comparisons compare ints. */
final class Vocabulary {

	static final int MISSING = -1;

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> values = new ArrayList<>();

	int id(String value) {
		if (value == null) {
			return MISSING;
		}
		Integer existing = ids.get(value);
		if (existing != null) {
			return existing;
		}
		values.add(value);
		ids.put(value, values.size() - 1);
		return values.size() - 1;
	}

	String value(int id) {
		return values.get(id);
	}

	int size() {
		return values.size();
	}

}
