package org.fullpicture.linkage.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageResult.Match;
import org.fullpicture.linkage.internal.BlockingProbe;

/**
 * Pairwise precision, recall and F1 of the same-person decisions against the truth in the
 * rows, blocking recall, and recall per kind of generated error.
 */
final class Evaluation {

	final long truePairs;

	final long truePositives;

	final long falsePositives;

	final double blockingRecall;

	/** Pairs sent to review (not decided the same person). */
	long review;

	/** True pairs sent to review. */
	long trueReviewed;

	/**
	 * Kind of pair (how its records differ) -> true pairs of that kind sent to review.
	 */
	final Map<String, Long> reviewedByKind = new TreeMap<>();

	/** Kind of pair -> true pairs of that kind neither linked nor sent to review. */
	final Map<String, Long> missedByKind = new TreeMap<>();

	/**
	 * True pairs whose given and family names were both replaced: {all, linked,
	 * reviewed}.
	 */
	final long[] bothNamesReplaced = new long[3];

	/** kind of error -> {true pairs, found}. */
	final Map<String, long[]> byErrorKind = new TreeMap<>();

	private Evaluation(long truePairs, long truePositives, long falsePositives, double blockingRecall) {
		this.truePairs = truePairs;
		this.truePositives = truePositives;
		this.falsePositives = falsePositives;
		this.blockingRecall = blockingRecall;
	}

	static Evaluation of(List<FebrlFile.Row> left, List<FebrlFile.Row> right, boolean deduplicating,
			LinkageResult result, BlockingProbe blocking) {
		long[][] truePairs = truePairs(left, right, deduplicating);
		long kept = 0;
		for (long[] pair : truePairs) {
			if (blocking.keeps((int) pair[0], (int) pair[1])) {
				kept++;
			}
		}
		long truePositives = 0;
		long falsePositives = 0;
		Set<Long> found = new HashSet<>();
		for (Match match : result.samePerson()) {
			if (left.get(match.left()).person() == right.get(match.right()).person()) {
				truePositives++;
				found.add(key(match.left(), match.right()));
			}
			else {
				falsePositives++;
			}
		}
		Evaluation evaluation = new Evaluation(truePairs.length, truePositives, falsePositives,
				truePairs.length == 0 ? 1 : kept / (double) truePairs.length);
		Set<Long> reviewed = new HashSet<>();
		for (Match match : result.matches()) {
			if (match.decision() == Decision.REVIEW) {
				evaluation.review++;
				boolean same = left.get(match.left()).person() == right.get(match.right()).person();
				evaluation.trueReviewed += same ? 1 : 0;
				if (same) {
					reviewed.add(key(match.left(), match.right()));
				}
			}
		}
		evaluation.breakDown(left, right, truePairs, found, reviewed);
		for (long[] pair : truePairs) {
			String kind = errorKind(left.get((int) pair[0]), right.get((int) pair[1]));
			if (kind != null) {
				long[] counts = evaluation.byErrorKind.computeIfAbsent(kind, k -> new long[2]);
				counts[0]++;
				counts[1] += found.contains(key(pair[0], pair[1])) ? 1 : 0;
			}
		}
		return evaluation;
	}

	private void breakDown(List<FebrlFile.Row> left, List<FebrlFile.Row> right, long[][] truePairs, Set<Long> found,
			Set<Long> reviewed) {
		for (long[] pair : truePairs) {
			var a = left.get((int) pair[0]).record();
			var b = right.get((int) pair[1]).record();
			long key = key(pair[0], pair[1]);
			boolean linked = found.contains(key);
			boolean inReview = !linked && reviewed.contains(key);
			if (PairDifferences.bothNamesReplaced(a, b)) {
				bothNamesReplaced[0]++;
				bothNamesReplaced[1] += linked ? 1 : 0;
				bothNamesReplaced[2] += inReview ? 1 : 0;
			}
			if (!linked) {
				(inReview ? reviewedByKind : missedByKind).merge(PairDifferences.kind(a, b), 1L, Long::sum);
			}
		}
	}

	double precision() {
		long predicted = truePositives + falsePositives;
		return predicted == 0 ? 1 : truePositives / (double) predicted;
	}

	double recall() {
		return truePairs == 0 ? 1 : truePositives / (double) truePairs;
	}

	/** Share of true pairs decided the same person or sent to review. */
	double reviewRecall() {
		return truePairs == 0 ? 1 : (truePositives + trueReviewed) / (double) truePairs;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	private static String errorKind(FebrlFile.Row a, FebrlFile.Row b) {
		return (b.errorKind() != null) ? b.errorKind() : a.errorKind();
	}

	/**
	 * Every (left, right) index pair of the same person; in deduplication, left < right.
	 */
	private static long[][] truePairs(List<FebrlFile.Row> left, List<FebrlFile.Row> right, boolean deduplicating) {
		Map<Integer, List<Integer>> rightByPerson = new HashMap<>();
		for (int r = 0; r < right.size(); r++) {
			rightByPerson.computeIfAbsent(right.get(r).person(), p -> new ArrayList<>()).add(r);
		}
		List<long[]> pairs = new ArrayList<>();
		for (int l = 0; l < left.size(); l++) {
			for (int r : rightByPerson.getOrDefault(left.get(l).person(), List.of())) {
				if (!deduplicating || l < r) {
					pairs.add(new long[] { l, r });
				}
			}
		}
		return pairs.toArray(long[][]::new);
	}

	private static long key(long left, long right) {
		return left << 32 | right;
	}

}
