package org.fullpicture.linkage.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Match (m) and non-match (u) probabilities for every level of every comparison, and the
 * share of all record pairs that match (lambda), learnt by expectation-maximisation from
 * how often each comparison pattern occurs among all pairs: no labelled pairs needed.
 * Missing levels take no part: they are evidence neither way.
 * <p>
 * Where records hold households, the address takes no part in deciding whether a pair
 * that could be brothers or sisters looks like a match, only in what is learnt about it:
 * members of a household share an address and a family name, and letting the address vote
 * there makes the model mistake households for persons. For the same reason the birth
 * date does not vote for pairs that could be twins. Where records hold next to no
 * households (one record a family, or adults), those same patterns are the pairs whose
 * given name or birth date was keyed wrongly, and every field votes.
 */
final class FellegiSunterModel {

	private static final int MAX_ITERATIONS = 200;

	private static final double CONVERGED = 1e-7;

	/** Keeps every probability off zero, so no single level can veto a pair outright. */
	private static final double SMOOTHING = 0.5;

	final double[][] m;

	final double[][] u;

	double lambda;

	/** How many pairs of each pattern the fitted model takes for non-matches. */
	double[] nonMatchCounts;

	FellegiSunterModel(double[][] m, double[][] u, double lambda) {
		this.m = m;
		this.u = u;
		this.lambda = lambda;
	}

	/**
	 * @param candidateCounts how many candidate pairs (estimated) show each pattern
	 * @param otherCounts the same for all other pairs, estimated from random pairs
	 * blocking does not propose: non-matches, since blocking keeps nearly every match
	 * @param startingLambda a first guess at the share of pairs that match
	 * @param maxLambda the most pairs that can match: a record has few true matches, so
	 * the model must not take the far larger crowd of namesakes in a big population for
	 * matches
	 * @param householdAware whether the records may hold brothers and sisters, so that
	 * the address and birth date must not vote where they could be one household
	 */
	static FellegiSunterModel fit(double[] candidateCounts, double[] otherCounts, double startingLambda,
			double maxLambda, boolean householdAware) {
		int comparisons = Comparison.ALL.size();
		double[][] m = new double[comparisons][];
		double[][] u = new double[comparisons][];
		int[] candidates = observedPatterns(candidateCounts);
		double[] anchors = anchorPatterns(candidates, candidateCounts.length);
		for (Comparison comparison : Comparison.ALL) {
			m[comparison.ordinal()] = levelShares(comparison, candidates, candidateCounts, anchors);
			u[comparison.ordinal()] = levelShares(comparison, observedPatterns(otherCounts), otherCounts, null);
		}
		FellegiSunterModel model = new FellegiSunterModel(m, u, startingLambda);
		model.expectationMaximisation(candidateCounts, otherCounts, maxLambda, householdAware);
		return model;
	}

	private void expectationMaximisation(double[] candidateCounts, double[] otherCounts, double maxLambda,
			boolean householdAware) {
		int[] candidates = observedPatterns(candidateCounts);
		int[] all = observedPatterns(sum(candidateCounts, otherCounts));
		double allPairs = Arrays.stream(candidateCounts).sum() + Arrays.stream(otherCounts).sum();
		double[] matchCounts = new double[candidateCounts.length];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double expectedMatches = 0;
			for (int pattern : candidates) {
				double match = lambda * product(m, pattern, householdAware);
				double nonMatch = (1 - lambda) * product(u, pattern, householdAware);
				matchCounts[pattern] = candidateCounts[pattern] * match / (match + nonMatch);
				expectedMatches += matchCounts[pattern];
			}
			nonMatchCounts = new double[candidateCounts.length];
			for (int pattern : all) {
				nonMatchCounts[pattern] = candidateCounts[pattern] - matchCounts[pattern] + otherCounts[pattern];
			}
			double newLambda = Math.min(maxLambda, expectedMatches / allPairs);
			double change = Math.abs(lambda - newLambda);
			lambda = newLambda;
			for (Comparison comparison : Comparison.ALL) {
				double[] newM = levelShares(comparison, candidates, matchCounts, null);
				double[] newU = levelShares(comparison, all, nonMatchCounts, null);
				change = Math.max(change, maxDifference(m[comparison.ordinal()], newM));
				change = Math.max(change, maxDifference(u[comparison.ordinal()], newU));
				m[comparison.ordinal()] = newM;
				u[comparison.ordinal()] = newU;
			}
			if (change < CONVERGED) {
				break;
			}
		}
	}

	/** This model's non-match side with another's match side (m) and the given prior. */
	FellegiSunterModel withMatchSideOf(FellegiSunterModel other, double matchShare) {
		FellegiSunterModel model = new FellegiSunterModel(other.m, u, matchShare);
		model.nonMatchCounts = nonMatchCounts;
		return model;
	}

	private static double[] sum(double[] a, double[] b) {
		double[] sum = new double[a.length];
		Arrays.setAll(sum, i -> a[i] + b[i]);
		return sum;
	}

	/**
	 * How many times likelier non-matching pairs are to share a family name and an
	 * address than independence predicts: about 1 where records hold no households, far
	 * more where brothers and sisters are recorded. Measured on pairs that look like
	 * siblings (other given names, birth dates years apart), which cannot be matches.
	 */
	double householdLift() {
		double siblings = 0;
		double comparable = 0;
		for (int pattern = 0; pattern < nonMatchCounts.length; pattern++) {
			if (nonMatchCounts[pattern] > 0 && presentInAll(pattern)) {
				comparable += nonMatchCounts[pattern];
				siblings += Households.siblings(pattern) ? nonMatchCounts[pattern] : 0;
			}
		}
		double expected = comparable * share(u, Comparison.FAMILY_NAME, PairComparator.JARO_WINKLER_MID)
				* share(u, Comparison.ADDRESS, PairComparator.SAME_STREET)
				* u[Comparison.GIVEN_NAME.ordinal()][PairComparator.NAME_DIFFERENT]
				* u[Comparison.DATE_OF_BIRTH.ordinal()][PairComparator.DOB_DIFFERENT];
		return (expected > 0) ? Math.max(1, siblings / expected) : 1;
	}

	private static boolean presentInAll(int pattern) {
		for (Comparison comparison : List.of(Comparison.GIVEN_NAME, Comparison.FAMILY_NAME, Comparison.DATE_OF_BIRTH,
				Comparison.ADDRESS)) {
			if (Patterns.level(pattern, comparison) == comparison.missing()) {
				return false;
			}
		}
		return true;
	}

	/** The probability of any level from the best down to {@code worstLevel}. */
	private static double share(double[][] probabilities, Comparison comparison, int worstLevel) {
		double sum = 0;
		for (int level = 0; level <= worstLevel; level++) {
			sum += probabilities[comparison.ordinal()][level];
		}
		return sum;
	}

	/** log2(m/u) for each level; 0 for missing. */
	double[] levelWeights(Comparison comparison) {
		double[] weights = new double[comparison.size()];
		for (int level = 0; level < comparison.missing(); level++) {
			weights[level] = log2(m[comparison.ordinal()][level] / u[comparison.ordinal()][level]);
		}
		return weights;
	}

	double priorWeight() {
		return log2(lambda / (1 - lambda));
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	private static double product(double[][] probabilities, int pattern, boolean householdAware) {
		double product = 1;
		for (Comparison comparison : Comparison.ALL) {
			int level = Patterns.level(pattern, comparison);
			if (level != comparison.missing() && (!householdAware || votes(comparison, pattern))) {
				product *= probabilities[comparison.ordinal()][level];
			}
		}
		return product;
	}

	private static boolean votes(Comparison comparison, int pattern) {
		return switch (comparison) {
			case ADDRESS -> !Households.sameHouseholdOtherGivenName(pattern);
			case DATE_OF_BIRTH -> !Households.possibleTwins(pattern);
			default -> true;
		};
	}

	/**
	 * Each level's share of the (weighted) pairs where this comparison is not missing;
	 * weights null means every pair counts fully.
	 */
	private static double[] levelShares(Comparison comparison, int[] patterns, double[] patternCounts,
			double[] weights) {
		double[] totals = new double[comparison.size()];
		for (int pattern : patterns) {
			double weight = (weights == null) ? 1 : weights[pattern];
			totals[Patterns.level(pattern, comparison)] += weight * patternCounts[pattern];
		}
		double present = 0;
		for (int level = 0; level < comparison.missing(); level++) {
			totals[level] += SMOOTHING;
			present += totals[level];
		}
		double[] shares = new double[comparison.size()];
		for (int level = 0; level < comparison.missing(); level++) {
			shares[level] = totals[level] / present;
		}
		return shares;
	}

	/**
	 * Pairs agreeing exactly on given name, family name and date of birth: nearly all
	 * matches, whatever the population. Starting m from them keeps
	 * expectation-maximisation from settling on a larger, looser cluster such as
	 * namesakes born about the same time.
	 */
	private static double[] anchorPatterns(int[] observed, int size) {
		double[] anchors = new double[size];
		for (int pattern : observed) {
			boolean anchor = Patterns.level(pattern, Comparison.GIVEN_NAME) == PairComparator.EXACT
					&& Patterns.level(pattern, Comparison.FAMILY_NAME) == PairComparator.EXACT
					&& Patterns.level(pattern, Comparison.DATE_OF_BIRTH) == PairComparator.EXACT;
			anchors[pattern] = anchor ? 1 : 0;
		}
		return anchors;
	}

	private static int[] observedPatterns(double[] patternCounts) {
		return IntStream.range(0, patternCounts.length).filter(p -> patternCounts[p] != 0).toArray();
	}

	private static double maxDifference(double[] a, double[] b) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			max = Math.max(max, Math.abs(a[i] - b[i]));
		}
		return max;
	}

}
