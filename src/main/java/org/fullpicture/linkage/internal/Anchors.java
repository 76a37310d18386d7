package org.fullpicture.linkage.internal;

import static org.fullpicture.linkage.internal.Vocabulary.MISSING;

import java.util.Arrays;

/**
 * Records with an exact copy on the other side (deduplicating: another in the same set):
 * the same first given name, family name and birth date. A pair that looks like brother
 * and sister, and whose two records each have such a copy, is two people, never one
 * person whose given name and birth date were both keyed wrongly. Counting those pairs
 * tells whether the records hold households, free of the true pairs that look alike.
 */
final class Anchors {

	/**
	 * Below this share of pairs with both records anchored (one in twenty), too few
	 * records have an exact copy to say whether the records hold households: an index
	 * where each person is recorded once.
	 */
	private static final double MEASURABLE = 0.05;

	private final boolean[] left;

	private final boolean[] right;

	/** The chance that both records of a pair are anchored. */
	final double bothShare;

	private Anchors(boolean[] left, boolean[] right, double bothShare) {
		this.left = left;
		this.right = right;
		this.bothShare = bothShare;
	}

	static Anchors of(Features left, Features right) {
		long[] rightKeys = sortedKeys(right);
		boolean deduplicating = left == right;
		boolean[] leftAnchored = anchored(left, rightKeys, deduplicating ? 2 : 1);
		boolean[] rightAnchored = deduplicating ? leftAnchored : anchored(right, sortedKeys(left), 1);
		return new Anchors(leftAnchored, rightAnchored, share(leftAnchored) * share(rightAnchored));
	}

	boolean measurable() {
		return bothShare >= MEASURABLE;
	}

	boolean both(int l, int r) {
		return left[l] && right[r];
	}

	private static long key(Features set, int record) {
		int given = set.givenName(record);
		if (given == MISSING || set.familyName(record) == MISSING || set.birthDate(record) == 0) {
			return 0;
		}
		return Hashing.mix(Hashing.mix(Hashing.mix(given) ^ set.familyName(record)) ^ set.birthDate(record));
	}

	private static long[] sortedKeys(Features set) {
		long[] keys = new long[set.size];
		Arrays.setAll(keys, record -> key(set, record));
		Arrays.sort(keys);
		return keys;
	}

	/** Records whose key the other side holds at least {@code copies} times. */
	private static boolean[] anchored(Features set, long[] otherKeys, int copies) {
		boolean[] anchored = new boolean[set.size];
		for (int record = 0; record < set.size; record++) {
			long key = key(set, record);
			int at = Arrays.binarySearch(otherKeys, key);
			anchored[record] = key != 0 && at >= 0 && count(otherKeys, key, at) >= copies;
		}
		return anchored;
	}

	private static int count(long[] sorted, long key, int at) {
		int first = at;
		while (first > 0 && sorted[first - 1] == key) {
			first--;
		}
		int last = at;
		while (last + 1 < sorted.length && sorted[last + 1] == key) {
			last++;
		}
		return last - first + 1;
	}

	private static double share(boolean[] anchored) {
		int count = 0;
		for (boolean a : anchored) {
			count += a ? 1 : 0;
		}
		return (anchored.length == 0) ? 0 : count / (double) anchored.length;
	}

}
