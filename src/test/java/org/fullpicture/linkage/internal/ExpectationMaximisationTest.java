package org.fullpicture.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

	private static final double MATCH_SHARE = 0.05;

	private static final double PAIRS = 1_000_000;

	/**
	 * Known m and u by comparison, each {level, m, u}; every other comparison is missing.
	 */
	private static final Map<Comparison, double[][]> TRUTH = Map.of(
			Comparison.GIVEN_NAME, new double[][] { { PairComparator.EXACT, 0.85, 0.02 },
					{ PairComparator.JARO_WINKLER_HIGH, 0.10, 0.03 }, { PairComparator.NAME_DIFFERENT, 0.05, 0.95 } },
			Comparison.FAMILY_NAME, new double[][] { { PairComparator.EXACT, 0.90, 0.01 },
					{ PairComparator.JARO_WINKLER_HIGH, 0.07, 0.02 }, { PairComparator.NAME_DIFFERENT, 0.03, 0.97 } },
			Comparison.DATE_OF_BIRTH,
			new double[][] { { PairComparator.EXACT, 0.92, 0.001 }, { PairComparator.DOB_ONE_DIGIT, 0.05, 0.01 },
					{ PairComparator.DOB_DIFFERENT, 0.03, 0.989 } },
			Comparison.NHS_NUMBER,
			new double[][] { { PairComparator.EXACT, 0.95, 0.0001 }, { PairComparator.ID_DIFFERENT, 0.05, 0.9999 } });

	@Test
	void recoversKnownMatchAndNonMatchProbabilitiesWithoutLabels() {
		FellegiSunterModel model = FellegiSunterModel.fit(expectedCounts(MATCH_SHARE), new double[Patterns.COUNT], 0.01,
				0.5, true);

		assertThat(model.lambda).isCloseTo(MATCH_SHARE, within(0.002));
		TRUTH.forEach((comparison, levels) -> {
			for (double[] level : levels) {
				assertThat(model.m[comparison.ordinal()][(int) level[0]]).as("m of %s level %s", comparison, level[0])
					.isCloseTo(level[1], within(0.01));
				assertThat(model.u[comparison.ordinal()][(int) level[0]]).as("u of %s level %s", comparison, level[0])
					.isCloseTo(level[2], within(0.01));
			}
		});
	}

	@Test
	void aMissingComparisonWeighsNothing() {
		FellegiSunterModel model = FellegiSunterModel.fit(expectedCounts(MATCH_SHARE), new double[Patterns.COUNT], 0.01,
				0.5, true);

		for (Comparison comparison : Comparison.ALL) {
			assertThat(model.levelWeights(comparison)[comparison.missing()]).isZero();
		}
	}

	/** How many of a million pairs show each pattern when the truth above holds. */
	private static double[] expectedCounts(double matchShare) {
		double[] counts = new double[Patterns.COUNT];
		addPatterns(counts, 0, 0, matchShare, 1 - matchShare, Comparison.ALL.size() - 1);
		return counts;
	}

	private static void addPatterns(double[] counts, int pattern, int depth, double match, double nonMatch,
			int lastComparison) {
		if (depth > lastComparison) {
			counts[pattern] += PAIRS * (match + nonMatch);
			return;
		}
		Comparison comparison = Comparison.ALL.get(depth);
		double[][] levels = TRUTH.get(comparison);
		if (levels == null) {
			addPatterns(counts, pattern + comparison.missing() * Patterns.stride(comparison), depth + 1, match,
					nonMatch, lastComparison);
			return;
		}
		for (double[] level : levels) {
			addPatterns(counts, pattern + (int) level[0] * Patterns.stride(comparison), depth + 1, match * level[1],
					nonMatch * level[2], lastComparison);
		}
	}

}
