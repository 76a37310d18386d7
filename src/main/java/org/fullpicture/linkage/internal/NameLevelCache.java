package org.fullpicture.linkage.internal;

import java.util.function.IntBinaryOperator;

/**
 * Remembers the comparison level of name pairs by id. The same name pairs recur across
 * millions of candidate pairs, so most lookups skip the string work of Jaro-Winkler and
 * edit distance altogether. Direct-mapped, so a colliding pair simply replaces the old
 * entry. One per thread.
 */
final class NameLevelCache {

	private static final int BITS = 18;

	private final long[] keys = new long[1 << BITS];

	private final byte[] levels = new byte[1 << BITS];

	private final IntBinaryOperator compare;

	NameLevelCache(IntBinaryOperator compare) {
		this.compare = compare;
	}

	/** The level of a pair of different name ids, in either order. */
	int level(int a, int b) {
		long key = (a < b) ? ((long) a << 32 | b) : ((long) b << 32 | a);
		int slot = (int) (Hashing.mix(key) >>> (64 - BITS));
		// stored as key + 1 so that an empty slot (0) never matches the pair (0, 0)
		if (keys[slot] == key + 1) {
			return levels[slot];
		}
		int level = compare.applyAsInt(a, b);
		keys[slot] = key + 1;
		levels[slot] = (byte) level;
		return level;
	}

}
