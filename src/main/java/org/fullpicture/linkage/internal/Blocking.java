package org.fullpicture.linkage.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Proposes candidate pairs: the union of {@link BlockingRule}s, each distinct pair once.
 * Each rule's keys are sorted by hash on both sides and merged, so pairs stream out
 * without ever being stored. A pair belongs to the first rule that proposes it, and within
 * a rule to its smallest shared key; every other sighting is skipped. Blocks are split
 * into shards by key hash so that threads can share the work.
 */
final class Blocking {

	interface PairVisitor {

		void visit(int left, int right);

	}

	private final List<BlockingRule> rules;

	private final boolean deduplicating;

	private final RuleKeys[] leftKeys;

	private final RuleKeys[] rightKeys;

	Blocking(List<BlockingRule> rules, NameTable names, Features left, Features right) {
		this.rules = rules;
		this.deduplicating = (left == right);
		this.leftKeys = new RuleKeys[rules.size()];
		this.rightKeys = new RuleKeys[rules.size()];
		for (int r = 0; r < rules.size(); r++) {
			leftKeys[r] = new RuleKeys(rules.get(r), r, names, left);
			rightKeys[r] = deduplicating ? leftKeys[r] : new RuleKeys(rules.get(r), r, names, right);
		}
	}

	List<BlockingRule> rules() {
		return rules;
	}

	/** Pairs sharing a block hash, before removing repeats: an upper bound, cheaply. */
	long estimatedPairs() {
		long pairs = 0;
		for (int r = 0; r < rules.size(); r++) {
			long[] a = leftKeys[r].sorted;
			long[] b = rightKeys[r].sorted;
			for (int i = 0, j = 0; i < a.length && j < b.length;) {
				int ha = hash(a[i]);
				int hb = hash(b[j]);
				if (ha != hb) {
					if (ha < hb) {
						i = runEnd(a, i);
					}
					else {
						j = runEnd(b, j);
					}
					continue;
				}
				long runA = runEnd(a, i) - i;
				long runB = runEnd(b, j) - j;
				pairs += deduplicating ? runA * (runA - 1) / 2 : runA * runB;
				i += runA;
				j += runB;
			}
		}
		return pairs;
	}

	/**
	 * Visits every distinct candidate pair whose block falls in this shard (in
	 * deduplication, {@code left < right}), and adds to each rule's counts.
	 */
	void forEachPair(int shard, int shards, PairVisitor visitor, long[] proposed, long[] added) {
		for (int r = 0; r < rules.size(); r++) {
			long[] a = leftKeys[r].sorted;
			long[] b = rightKeys[r].sorted;
			int i = 0;
			int j = 0;
			while (i < a.length && j < b.length) {
				int ha = hash(a[i]);
				int hb = hash(b[j]);
				if (ha < hb) {
					i = runEnd(a, i);
				}
				else if (ha > hb) {
					j = runEnd(b, j);
				}
				else {
					int endA = runEnd(a, i);
					int endB = runEnd(b, j);
					if ((ha & Integer.MAX_VALUE) % shards == shard) {
						visitBlock(r, a, i, endA, b, j, endB, visitor, proposed, added);
					}
					i = endA;
					j = endB;
				}
			}
		}
	}

	private void visitBlock(int rule, long[] a, int fromA, int toA, long[] b, int fromB, int toB, PairVisitor visitor,
			long[] proposed, long[] added) {
		RuleKeys left = leftKeys[rule];
		RuleKeys right = rightKeys[rule];
		for (int x = fromA; x < toA; x++) {
			int entryA = entry(a[x]);
			long key = left.keys[entryA];
			int recordA = left.owner[entryA];
			for (int y = deduplicating ? x + 1 : fromB; y < toB; y++) {
				int entryB = entry(b[y]);
				int recordB = right.owner[entryB];
				if (right.keys[entryB] != key || recordA == recordB
						|| left.smallestSharedKey(recordA, right, recordB) != key) {
					continue;
				}
				int l = deduplicating ? Math.min(recordA, recordB) : recordA;
				int r = deduplicating ? Math.max(recordA, recordB) : recordB;
				proposed[rule]++;
				if (!proposedByEarlierRule(rule, l, r)) {
					added[rule]++;
					visitor.visit(l, r);
				}
			}
		}
	}

	/** Whether any rule makes this a candidate pair. */
	boolean proposes(int left, int right) {
		return proposedByEarlierRule(rules.size(), left, right);
	}

	private boolean proposedByEarlierRule(int rule, int left, int right) {
		for (int earlier = 0; earlier < rule; earlier++) {
			if (leftKeys[earlier].smallestSharedKey(left, rightKeys[earlier], right) != 0) {
				return true;
			}
		}
		return false;
	}

	private static int runEnd(long[] sorted, int from) {
		int hash = hash(sorted[from]);
		int end = from + 1;
		while (end < sorted.length && hash(sorted[end]) == hash) {
			end++;
		}
		return end;
	}

	private static int hash(long sortedEntry) {
		return (int) (sortedEntry >> 32);
	}

	private static int entry(long sortedEntry) {
		return (int) sortedEntry;
	}

	/** One rule's keys for one record set: each record's keys ascending, then all entries by hash. */
	private static final class RuleKeys {

		final int[] start;

		final long[] keys;

		final int[] owner;

		/** (hash of key) << 32 | entry index, ascending. */
		final long[] sorted;

		RuleKeys(BlockingRule rule, int ruleNumber, NameTable names, Features features) {
			LongList collected = new LongList();
			start = new int[features.size + 1];
			for (int record = 0; record < features.size; record++) {
				start[record] = collected.size();
				rule.keys(features, names, record, collected);
				collected.sortDistinctFrom(start[record]);
			}
			start[features.size] = collected.size();
			keys = collected.toArray();
			owner = new int[keys.length];
			sorted = new long[keys.length];
			for (int record = 0; record < features.size; record++) {
				for (int e = start[record]; e < start[record + 1]; e++) {
					owner[e] = record;
					long hash = Hashing.mix(keys[e] * 31 + ruleNumber) >>> 32;
					sorted[e] = hash << 32 | e;
				}
			}
			Arrays.sort(sorted);
		}

		/** The smallest key both records have under this rule, or 0 when they share none. */
		long smallestSharedKey(int record, RuleKeys other, int otherRecord) {
			int i = start[record];
			int j = other.start[otherRecord];
			int endI = start[record + 1];
			int endJ = other.start[otherRecord + 1];
			while (i < endI && j < endJ) {
				if (keys[i] == other.keys[j]) {
					return keys[i];
				}
				if (keys[i] < other.keys[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return 0;
		}

	}

}
