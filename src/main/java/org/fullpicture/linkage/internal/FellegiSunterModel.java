package org.fullpicture.linkage.internal;

import java.util.stream.IntStream;

/**
 * Match (m) and non-match (u) probabilities for every level of every comparison, and the
 * share of all record pairs that match (lambda), learnt by expectation-maximisation from
 * how often each comparison pattern occurs among all pairs: no labelled pairs needed.
 * Missing levels take no part: they are evidence neither way.
 * <p>
 * The address takes no part in deciding which pairs look like matches, only in what is
 * learnt about it: members of a household share an address and a family name, and letting
 * the address vote makes the model mistake households for persons. For the same reason the
 * birth date does not vote for pairs that could be twins.
 */
final class FellegiSunterModel {

	private static final int MAX_ITERATIONS = 200;

	private static final double CONVERGED = 1e-7;

	/** Keeps every probability off zero, so no single level can veto a pair outright. */
	private static final double SMOOTHING = 0.5;

	final double[][] m;

	final double[][] u;

	double lambda;

	private FellegiSunterModel(double[][] m, double[][] u, double lambda) {
		this.m = m;
		this.u = u;
		this.lambda = lambda;
	}

	/**
	 * @param patternCounts how many of all pairs (estimated) show each pattern
	 * @param randomPairCounts patterns of random pairs, nearly all non-matches: the
	 * starting point for u
	 * @param startingLambda a first guess at the share of pairs that match
	 */
	static FellegiSunterModel fit(double[] patternCounts, double[] randomPairCounts, double startingLambda) {
		int comparisons = Comparison.ALL.size();
		double[][] m = new double[comparisons][];
		double[][] u = new double[comparisons][];
		for (Comparison comparison : Comparison.ALL) {
			m[comparison.ordinal()] = startingMatchProbabilities(comparison);
			u[comparison.ordinal()] = levelShares(comparison, observedPatterns(randomPairCounts), randomPairCounts, null);
		}
		FellegiSunterModel model = new FellegiSunterModel(m, u, startingLambda);
		model.expectationMaximisation(patternCounts);
		return model;
	}

	private void expectationMaximisation(double[] patternCounts) {
		int[] patterns = observedPatterns(patternCounts);
		double[] matchShare = new double[patternCounts.length];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double expectedMatches = 0;
			double total = 0;
			for (int pattern : patterns) {
				double match = lambda * product(m, pattern);
				double nonMatch = (1 - lambda) * product(u, pattern);
				matchShare[pattern] = match / (match + nonMatch);
				expectedMatches += matchShare[pattern] * patternCounts[pattern];
				total += patternCounts[pattern];
			}
			double change = Math.abs(lambda - expectedMatches / total);
			lambda = expectedMatches / total;
			for (Comparison comparison : Comparison.ALL) {
				double[] newM = levelShares(comparison, patterns, patternCounts, matchShare);
				double[] newU = levelShares(comparison, patterns, patternCounts, complement(matchShare, patterns));
				change = Math.max(change, maxDifference(m[comparison.ordinal()], newM));
				change = Math.max(change, maxDifference(u[comparison.ordinal()], newU));
				m[comparison.ordinal()] = newM;
				u[comparison.ordinal()] = newU;
			}
			if (change < CONVERGED) {
				return;
			}
		}
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

	private static double product(double[][] probabilities, int pattern) {
		double product = 1;
		for (Comparison comparison : Comparison.ALL) {
			int level = Patterns.level(pattern, comparison);
			if (level != comparison.missing() && votes(comparison, pattern)) {
				product *= probabilities[comparison.ordinal()][level];
			}
		}
		return product;
	}

	private static boolean votes(Comparison comparison, int pattern) {
		return switch (comparison) {
			case ADDRESS -> false;
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

	/** Matches mostly agree exactly; the rest spread over the lesser levels. */
	private static double[] startingMatchProbabilities(Comparison comparison) {
		double[] m = new double[comparison.size()];
		m[0] = 0.8;
		double rest = 0.2;
		for (int level = 1; level < comparison.missing(); level++) {
			m[level] = rest / 2;
			rest /= 2;
		}
		m[comparison.missing() - 1] += rest;
		return m;
	}

	private static int[] observedPatterns(double[] patternCounts) {
		return IntStream.range(0, patternCounts.length).filter(p -> patternCounts[p] != 0).toArray();
	}

	private static double[] complement(double[] shares, int[] patterns) {
		double[] complement = new double[shares.length];
		for (int pattern : patterns) {
			complement[pattern] = 1 - shares[pattern];
		}
		return complement;
	}

	private static double maxDifference(double[] a, double[] b) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			max = Math.max(max, Math.abs(a[i] - b[i]));
		}
		return max;
	}

}
