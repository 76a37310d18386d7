package org.fullpicture.linkage.internal;

import static org.fullpicture.linkage.internal.Vocabulary.MISSING;

import org.fullpicture.linkage.LinkageSettings;

/**
 * Turns a comparison pattern into a match weight in bits: the prior, plus log2(m/u) of
 * each level, plus a term-frequency adjustment when a name agrees exactly, because
 * agreeing on a rare surname says more than agreeing on a common one.
 */
final class Scorer {

	private final float[] patternWeights = new float[Patterns.COUNT];

	/**
	 * Whether a rare family name counts for more in this pattern: not when it is a
	 * household's.
	 */
	private final boolean[] familyNameFrequencyCounts = new boolean[Patterns.COUNT];

	private final float[] givenNameAdjustment;

	private final float[] familyNameAdjustment;

	Scorer(FellegiSunterModel model, LinkageSettings settings, NameTable names, Features... sets) {
		double[][] weights = levelWeights(model, settings);
		double householdLift = model.householdLift();
		for (int pattern = 0; pattern < Patterns.COUNT; pattern++) {
			double sum = model.priorWeight();
			for (Comparison comparison : Comparison.ALL) {
				sum += weights[comparison.ordinal()][Patterns.level(pattern, comparison)];
			}
			boolean household = Households.sameHouseholdOtherGivenName(pattern);
			if (household) {
				sum -= householdCorrection(weights, pattern, householdLift, model, settings.twinShare());
			}
			familyNameFrequencyCounts[pattern] = !household;
			patternWeights[pattern] = (float) sum;
		}
		int[] givenCounts = new int[names.size()];
		int[] familyCounts = new int[names.size()];
		for (Features set : sets) {
			for (int name : set.givenNames) {
				givenCounts[name]++;
			}
			for (int record = 0; record < set.size; record++) {
				int name = set.familyName(record);
				if (name != MISSING) {
					familyCounts[name]++;
				}
			}
		}
		givenNameAdjustment = adjustments(givenCounts, model.u[Comparison.GIVEN_NAME.ordinal()][PairComparator.EXACT]);
		familyNameAdjustment = adjustments(familyCounts,
				model.u[Comparison.FAMILY_NAME.ordinal()][PairComparator.EXACT]);
	}

	/** log2(m/u) of every level of every comparison, as scoring counts it. */
	static double[][] levelWeights(FellegiSunterModel model, LinkageSettings settings) {
		double[][] weights = new double[Comparison.ALL.size()][];
		for (Comparison comparison : Comparison.ALL) {
			weights[comparison.ordinal()] = model.levelWeights(comparison);
		}
		// people move: a different address must never outweigh agreeing names and birth
		// date
		double[] address = weights[Comparison.ADDRESS.ordinal()];
		for (int level = 0; level < address.length; level++) {
			address[level] = Math.max(address[level], settings.addressPenaltyFloorBits());
		}
		return weights;
	}

	/**
	 * Brothers and sisters share a family name and an address, and twins a birth date
	 * too, so when given names do not agree, these agreeing together are not independent
	 * evidence of one person. Takes off what the measured household lift says the address
	 * counted twice, and lets a shared birth date count only against the chance that two
	 * such records are twins.
	 */
	private static double householdCorrection(double[][] weights, int pattern, double householdLift,
			FellegiSunterModel model, double twinShare) {
		double address = weights[Comparison.ADDRESS.ordinal()][Patterns.level(pattern, Comparison.ADDRESS)];
		double correction = Math.min(FellegiSunterModel.log2(householdLift), Math.max(0, address));
		if (Patterns.level(pattern, Comparison.DATE_OF_BIRTH) == PairComparator.EXACT
				&& Households.possibleTwins(pattern)) {
			int birth = Comparison.DATE_OF_BIRTH.ordinal();
			// of non-matches sharing family name and address, this share are households
			double households = 1 - 1 / householdLift;
			double sameBirthDate = households * twinShare + (1 - households) * model.u[birth][PairComparator.EXACT];
			double notTwins = FellegiSunterModel.log2(model.m[birth][PairComparator.EXACT] / sameBirthDate);
			correction += Math.max(0, weights[birth][PairComparator.EXACT] - notTwins);
		}
		return correction;
	}

	/** log2(u of exact agreement / this name's frequency), per name. */
	private static float[] adjustments(int[] counts, double exactU) {
		long total = 0;
		for (int count : counts) {
			total += count;
		}
		float[] adjustments = new float[counts.length];
		for (int name = 0; name < counts.length; name++) {
			if (counts[name] > 0) {
				adjustments[name] = adjustment(exactU, total, counts[name]);
			}
		}
		return adjustments;
	}

	/**
	 * What agreeing exactly on a name seen {@code count} times in {@code total} names
	 * adds.
	 */
	static float adjustment(double exactU, long total, int count) {
		return (float) FellegiSunterModel.log2(exactU * total / count);
	}

	double weight(int pattern, int exactGivenName, int exactFamilyName) {
		double weight = patternWeights[pattern];
		if (exactGivenName != MISSING) {
			weight += givenNameAdjustment[exactGivenName];
		}
		if (exactFamilyName != MISSING && familyNameFrequencyCounts[pattern]) {
			weight += familyNameAdjustment[exactFamilyName];
		}
		return weight;
	}

	/** Whether agreeing on a rare family name counts for more in this pattern. */
	boolean familyNameFrequencyCounts(int pattern) {
		return familyNameFrequencyCounts[pattern];
	}

	static double probability(double weightBits) {
		return 1 / (1 + Math.pow(2, -weightBits));
	}

	static double weight(double probability) {
		return FellegiSunterModel.log2(probability / (1 - probability));
	}

}
