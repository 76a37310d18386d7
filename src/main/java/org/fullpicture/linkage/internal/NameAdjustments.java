package org.fullpicture.linkage.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The term-frequency adjustment for agreeing exactly on each name, by normalised text. A
 * name the model never saw counts as rare as one it saw once: absent from thousands of
 * records, it is rare.
 */
final class NameAdjustments {

	private final Map<String, Float> byName = new HashMap<>();

	private final float unseen;

	NameAdjustments(Map<String, Integer> counts, double exactU) {
		long total = counts.values().stream().mapToLong(Integer::longValue).sum();
		counts.forEach((name, count) -> byName.put(name, Scorer.adjustment(exactU, total, count)));
		unseen = (total == 0) ? 0 : Scorer.adjustment(exactU, total, 1);
	}

	float of(String name) {
		return byName.getOrDefault(name, unseen);
	}

}
