package org.fullpicture.linkage.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Remembers Jaro-Winkler similarities of name pairs by id. The same name pairs recur across
 * millions of candidate pairs, so most lookups skip the string work. Direct-mapped: a
 * colliding pair simply replaces the old entry. One per thread.
 */
final class JaroWinklerCache {

	private static final int BITS = 18;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final long[] keys = new long[1 << BITS];

	private final float[] similarities = new float[1 << BITS];

	private final NameTable names;

	JaroWinklerCache(NameTable names) {
		this.names = names;
	}

	double similarity(int a, int b) {
		long key = (a < b) ? ((long) a << 32 | b) : ((long) b << 32 | a);
		int slot = (int) (Hashing.mix(key) >>> (64 - BITS));
		// stored as key + 1 so that an empty slot (0) never matches the pair (0, 0)
		if (keys[slot] == key + 1) {
			return similarities[slot];
		}
		float similarity = SIMILARITY.apply(names.text(a), names.text(b)).floatValue();
		keys[slot] = key + 1;
		similarities[slot] = similarity;
		return similarity;
	}

}
