package org.fullpicture.linkage;

import java.util.List;

/**
 * What a linkage run found. Indexes refer to the lists passed in; in deduplication both
 * indexes refer to the one list and {@code left < right}.
 *
 * @param matches pairs at or above the review threshold, best first
 * @param blockingRules candidate pairs each blocking rule proposed, in rule order
 * @param candidatePairs distinct candidate pairs compared
 * @param comparisonSeconds wall time spent comparing and scoring candidate pairs
 * @param comparisonCpuSeconds processor time the threads spent on it, summed
 * @param matchShare the share of all record pairs the model believes match (its prior)
 * @param levelWeights what the model learnt: the evidence each level of each comparison
 * gives
 */
public record LinkageResult(List<Match> matches, List<BlockingRuleCount> blockingRules, long candidatePairs,
		double comparisonSeconds, double comparisonCpuSeconds, double matchShare, List<LevelWeight> levelWeights) {

	public LinkageResult {
		matches = List.copyOf(matches);
		blockingRules = List.copyOf(blockingRules);
		levelWeights = List.copyOf(levelWeights);
	}

	public List<Match> samePerson() {
		return matches.stream().filter(match -> match.decision() == Decision.SAME_PERSON).toList();
	}

	/**
	 * @param m how often matching pairs show this level
	 * @param u how often non-matching pairs show it
	 * @param bits log2(m/u): evidence for (positive) or against (negative) a match
	 */
	public record LevelWeight(String comparison, String level, double m, double u, double bits) {

	}

	public record Match(int left, int right, double matchProbability, Decision decision) {

	}

	public enum Decision {

		SAME_PERSON, REVIEW

	}

	/**
	 * @param proposed pairs sharing this rule's key
	 * @param added of those, pairs no earlier rule had proposed
	 */
	public record BlockingRuleCount(String rule, long proposed, long added) {

	}

}
