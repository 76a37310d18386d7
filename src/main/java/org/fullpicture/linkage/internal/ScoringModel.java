package org.fullpicture.linkage.internal;

import static org.fullpicture.linkage.internal.Vocabulary.MISSING;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fullpicture.linkage.LinkageModel.Reason;
import org.fullpicture.linkage.LinkageModel.Scored;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageSettings;
import org.fullpicture.linkage.LinkageRecord;

/**
 * A fitted model kept to score one record against a few candidates, with the engine's own
 * comparison and scoring, so that a pair scores as it would in a batch run. Each call
 * compares in a feature space of its own; names' frequencies are looked up by text in
 * those of the records the model was fitted on. Immutable, thread-safe.
 */
public final class ScoringModel {

	private static final NicknameGroups NICKNAMES = NicknameGroups.fromClasspath();

	private final LinkageSettings settings;

	private final FellegiSunterModel model;

	private final NameCounts names;

	private final Scorer scorer;

	private final double[][] levelWeights;

	private final NameAdjustments givenNames;

	private final NameAdjustments familyNames;

	ScoringModel(LinkageSettings settings, FellegiSunterModel model, NameCounts names) {
		this.settings = settings;
		this.model = model;
		this.names = names;
		// the scorer gives pattern weights only: name adjustments come by text, from
		// NameAdjustments
		NameTable noNames = new NameTable(NICKNAMES);
		noNames.seal();
		this.scorer = new Scorer(model, settings, noNames);
		this.levelWeights = Scorer.levelWeights(model, settings);
		this.givenNames = new NameAdjustments(names.given(),
				model.u[Comparison.GIVEN_NAME.ordinal()][PairComparator.EXACT]);
		this.familyNames = new NameAdjustments(names.family(),
				model.u[Comparison.FAMILY_NAME.ordinal()][PairComparator.EXACT]);
	}

	FellegiSunterModel fellegiSunter() {
		return model;
	}

	public static ScoringModel fit(LinkageSettings settings, List<LinkageRecord> records) {
		return LinkageRun.fit(settings, records);
	}

	/**
	 * The model fitted on generated records and shipped as {@code linkage/model.tsv},
	 * without its name frequencies: they are the generator's, not the local population's,
	 * and would make every real name look rare.
	 */
	public static ScoringModel shipped(LinkageSettings settings) {
		ScoringModel generated = ModelFile.readShipped(settings);
		return new ScoringModel(settings, generated.model, new NameCounts(java.util.Map.of(), java.util.Map.of()));
	}

	/** Writes what the model learnt in the form {@link #shipped} reads. */
	public void write(Writer out) throws IOException {
		ModelFile.write(model, names, out);
	}

	public LinkageSettings settings() {
		return settings;
	}

	public List<Scored> score(LinkageRecord probe, List<LinkageRecord> candidates) {
		FeatureSpace space = new FeatureSpace(NICKNAMES);
		Features left = space.add(List.of(probe));
		Features right = space.add(candidates);
		space.names.seal();
		PairComparator comparator = new PairComparator(space, left, right);
		List<Scored> scored = new ArrayList<>(candidates.size());
		double[] weights = new double[candidates.size()];
		for (int candidate = 0; candidate < candidates.size(); candidate++) {
			int pattern = comparator.compare(0, candidate);
			float given = adjustment(givenNames, space.names, comparator.exactGivenName());
			// a household's family name is not a rarer person's, as in a batch
			float family = scorer.familyNameFrequencyCounts(pattern)
					? adjustment(familyNames, space.names, comparator.exactFamilyName()) : 0;
			// summed in the order Scorer.weight sums, so the weight is bit for bit the
			// batch one
			weights[candidate] = scorer.weight(pattern, MISSING, MISSING) + given + family;
			scored.add(scored(candidate, weights[candidate], pattern, given, family));
		}
		// by weight: strong pairs all have probability 1.0 in a double, and the strongest
		// must come first
		scored.sort(Comparator.comparingDouble((Scored s) -> weights[s.candidate()]).reversed());
		return scored;
	}

	private static float adjustment(NameAdjustments adjustments, NameTable names, int exactName) {
		return (exactName == MISSING) ? 0 : adjustments.of(names.text(exactName));
	}

	private Scored scored(int candidate, double weight, int pattern, float given, float family) {
		double probability = Scorer.probability(weight);
		return new Scored(candidate, probability, decision(probability, pattern),
				reasons(pattern, weight, given, family));
	}

	/**
	 * By threshold, except where a person must decide however alike the rest: two
	 * different NHS numbers are two registrations, and a household's children born the
	 * same day with given names that differ may be twins. Recording one twin must never
	 * land on the other's record; in a batch, linking one-to-one keeps twins apart
	 * instead.
	 */
	/** Why a pair that scores as one person is still for a person to decide. */
	public static final String TWINS = "born the same day in one household with other given names: they may be twins";

	private Decision decision(double probability, int pattern) {
		boolean possibleTwins = Households.possibleTwinsByName(pattern);
		if (probability >= settings.sameThreshold() && !Identifiers.nhsNumbersDiffer(pattern) && !possibleTwins) {
			return Decision.SAME_PERSON;
		}
		return (probability >= settings.reviewThreshold() || Identifiers.shared(pattern) || possibleTwins
				|| Households.sameBirthAndHomeOtherNames(pattern)) ? Decision.REVIEW : null;
	}

	private List<Reason> reasons(int pattern, double weight, float given, float family) {
		List<Reason> reasons = new ArrayList<>();
		double explained = model.priorWeight();
		for (Comparison comparison : Comparison.ALL) {
			int level = Patterns.level(pattern, comparison);
			if (level != comparison.missing()) {
				double bits = levelWeights[comparison.ordinal()][level] + switch (comparison) {
					case GIVEN_NAME -> given;
					case FAMILY_NAME -> family;
					default -> 0;
				};
				reasons
					.add(new Reason(ReasonLabels.comparison(comparison), ReasonLabels.level(comparison, level), bits));
				explained += bits;
			}
		}
		if (Households.sameHouseholdOtherGivenName(pattern)) {
			// the household correction is what the comparisons alone do not explain
			reasons.add(new Reason("household", "family name and address shared, as brothers and sisters share them",
					weight - explained));
		}
		if (Households.possibleTwinsByName(pattern)) {
			reasons.add(new Reason("household", TWINS, 0));
		}
		return reasons;
	}

}
