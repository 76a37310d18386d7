package org.fullpicture.linkage.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Proposes candidate pairs: the union of {@link BlockingRule}s, each distinct pair once.
 * Each rule's keys are sorted by hash on both sides and merged block by block.
 */
final class Blocking {

	/** Left record numbers must fit 27 bits, so that a pair and its rule fit one long. */
	private static final int MAX_LEFT_RECORDS = 1 << 27;

	private final List<BlockingRule> rules;

	private final boolean deduplicating;

	private final RuleKeys[] leftKeys;

	private final RuleKeys[] rightKeys;

	/**
	 * Per rule, the blocks too big to propose; worked out on the first {@link #proposes}
	 * call.
	 */
	private int[][] skippedBlocks;

	Blocking(List<BlockingRule> rules, NameTable names, Features left, Features right) {
		this.rules = rules;
		if (rules.size() > 16) {
			throw new IllegalArgumentException("a rule number must fit four bits");
		}
		if (left.size >= MAX_LEFT_RECORDS) {
			throw new IllegalArgumentException("at most " + MAX_LEFT_RECORDS + " records on the left");
		}
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
		long[] pairs = { 0 };
		for (int rule = 0; rule < rules.size(); rule++) {
			forEachKeptBlock(rule, (fromA, toA, fromB, toB) -> pairs[0] += blockPairs(toA - fromA, toB - fromB));
		}
		return pairs[0];
	}

	/**
	 * Every distinct candidate pair, sorted by left then right record (in deduplication,
	 * {@code left < right}), with how many pairs each rule proposed. Pairs from all rules
	 * go into one array, tagged with their rule, which a sort brings together: repeats
	 * across rules are then neighbours, and comparing in this order reads the left
	 * records' features in sequence.
	 */
	Candidates candidates() {
		long bound = estimatedPairs();
		if (bound > Integer.MAX_VALUE - 8) {
			throw new IllegalStateException("blocking proposes " + bound + " pairs, more than one run can hold");
		}
		long[] tagged = new long[(int) bound];
		int size = 0;
		for (int rule = 0; rule < rules.size(); rule++) {
			size = addPairsOfRule(rule, tagged, size);
		}
		Arrays.parallelSort(tagged, 0, size);
		return Candidates.distinct(tagged, size, rules.size());
	}

	private int addPairsOfRule(int rule, long[] tagged, int size) {
		int[] added = { size };
		forEachKeptBlock(rule, (fromA, toA, fromB, toB) -> added[0] = addBlock(rule, leftKeys[rule].sorted, fromA, toA,
				rightKeys[rule].sorted, fromB, toB, tagged, added[0]));
		return added[0];
	}

	/** A block: the entries from-to on each side that share a hash. */
	private interface BlockVisitor {

		void visit(int fromA, int toA, int fromB, int toB);

	}

	/** Visits each of the rule's blocks that is not too big to propose. */
	private void forEachKeptBlock(int rule, BlockVisitor visitor) {
		forEachBlock(rule, (fromA, toA, fromB, toB) -> {
			if (!tooBig(rule, fromA, toA, fromB, toB)) {
				visitor.visit(fromA, toA, fromB, toB);
			}
		});
	}

	private void forEachBlock(int rule, BlockVisitor visitor) {
		long[] a = leftKeys[rule].sorted;
		long[] b = rightKeys[rule].sorted;
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
				visitor.visit(i, endA, j, endB);
				i = endA;
				j = endB;
			}
		}
	}

	private boolean tooBig(int rule, int fromA, int toA, int fromB, int toB) {
		return blockPairs(toA - fromA, toB - fromB) > rules.get(rule).largestBlock();
	}

	private long blockPairs(long runA, long runB) {
		return deduplicating ? runA * (runA - 1) / 2 : runA * runB;
	}

	private int addBlock(int rule, long[] a, int fromA, int toA, long[] b, int fromB, int toB, long[] tagged,
			int size) {
		RuleKeys left = leftKeys[rule];
		RuleKeys right = rightKeys[rule];
		for (int x = fromA; x < toA; x++) {
			int entryA = entry(a[x]);
			long key = left.keys[entryA];
			int recordA = left.owner[entryA];
			for (int y = deduplicating ? x + 1 : fromB; y < toB; y++) {
				int entryB = entry(b[y]);
				int recordB = right.owner[entryB];
				// in deduplication a record is not its own pair; in linking, equal
				// numbers are two records
				if (right.keys[entryB] == key && !(deduplicating && recordA == recordB)) {
					int l = deduplicating ? Math.min(recordA, recordB) : recordA;
					int r = deduplicating ? Math.max(recordA, recordB) : recordB;
					tagged[size++] = Candidates.tag(l, r, rule);
				}
			}
		}
		return size;
	}

	/** Whether any rule makes this a candidate pair. */
	boolean proposes(int left, int right) {
		if (skippedBlocks == null) {
			skippedBlocks = new int[rules.size()][];
			for (int rule = 0; rule < rules.size(); rule++) {
				skippedBlocks[rule] = skippedBlocks(rule);
			}
		}
		for (int rule = 0; rule < rules.size(); rule++) {
			int[] skipped = skippedBlocks[rule];
			int number = rule;
			if (leftKeys[rule].shareAKey(left, rightKeys[rule], right,
					key -> Arrays.binarySearch(skipped, RuleKeys.hash(key, number)) < 0)) {
				return true;
			}
		}
		return false;
	}

	/** The hashes of this rule's blocks that are too big to propose, ascending. */
	private int[] skippedBlocks(int rule) {
		IntList skipped = new IntList();
		forEachBlock(rule, (fromA, toA, fromB, toB) -> {
			if (tooBig(rule, fromA, toA, fromB, toB)) {
				skipped.add(hash(leftKeys[rule].sorted[fromA]));
			}
		});
		return skipped.toArray();
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

	/**
	 * One rule's keys for one record set: each record's keys ascending, then all entries
	 * by hash.
	 */
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
					sorted[e] = (long) hash(keys[e], ruleNumber) << 32 | e;
				}
			}
			Arrays.sort(sorted);
		}

		static int hash(long key, int ruleNumber) {
			return (int) (Hashing.mix(key * 31 + ruleNumber) >>> 32);
		}

		boolean shareAKey(int record, RuleKeys other, int otherRecord, LongPredicate inAKeptBlock) {
			int i = start[record];
			int j = other.start[otherRecord];
			int endI = start[record + 1];
			int endJ = other.start[otherRecord + 1];
			while (i < endI && j < endJ) {
				if (keys[i] == other.keys[j] && inAKeptBlock.test(keys[i])) {
					return true;
				}
				if (keys[i] < other.keys[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return false;
		}

	}

	/** Distinct candidate pairs, ascending, and each rule's counts. */
	static final class Candidates {

		private final long[] pairs;

		final int size;

		/** Pairs each rule proposed. */
		final long[] proposed;

		/** Pairs each rule proposed that no earlier rule had. */
		final long[] added;

		private Candidates(long[] pairs, int size, long[] proposed, long[] added) {
			this.pairs = pairs;
			this.size = size;
			this.proposed = proposed;
			this.added = added;
		}

		static long tag(int left, int right, int rule) {
			return (long) left << 36 | (long) right << 4 | rule;
		}

		/**
		 * Keeps the first of each run of one pair, in place; the lowest rule sorts first.
		 */
		static Candidates distinct(long[] tagged, int size, int rules) {
			long[] proposed = new long[rules];
			long[] added = new long[rules];
			int kept = 0;
			long previousPair = -1;
			long previousRule = -1;
			for (int i = 0; i < size; i++) {
				long pair = tagged[i] >>> 4;
				int rule = (int) (tagged[i] & 15);
				if (pair != previousPair) {
					added[rule]++;
					tagged[kept++] = pair;
				}
				if (pair != previousPair || rule != previousRule) {
					proposed[rule]++;
				}
				previousPair = pair;
				previousRule = rule;
			}
			return new Candidates(tagged, kept, proposed, added);
		}

		int left(int index) {
			return (int) (pairs[index] >>> 32);
		}

		int right(int index) {
			return (int) pairs[index];
		}

	}

}
