package org.fullpicture.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.fullpicture.linkage.LinkageModel.Scored;
import org.fullpicture.linkage.LinkageModels.Refit;
import org.fullpicture.linkage.bench.ShippedModelWriter;
import org.junit.jupiter.api.Test;

class LinkageModelsTest {

	/**
	 * Generated records with their duplicates: link-a, link-b and hard-b of 1,500
	 * persons.
	 */
	private static final List<LinkageRecord> RECORDS = ShippedModelWriter.trainingRecords(1500, 7);

	@Test
	void aRefitOnAnIndexWhereEachPersonIsRecordedOnceStillKnowsAnExactCopy() {
		// link-a holds each person once, as the demo town does: nothing for EM to learn
		// what a match looks like from
		LinkageModels models = new LinkageModels();

		Refit refit = models.refit(RECORDS.subList(0, 1500));

		assertThat(refit.outcome()).isEqualTo(Refit.Outcome.FITTED);
		assertThat(refit.copiesRecognised()).isEqualTo(refit.copiesChecked()).isPositive();
		assertThat(models.current()).isNotSameAs(LinkageModel.shipped(models.settings()));
	}

	@Test
	void aRefittedModelThatNoLongerKnowsAnExactCopyIsRefusedAndTheModelInUseStays() {
		LinkageModels models = new LinkageModels();
		LinkageModel inUse = models.current();
		// a model under which nothing is ever sure enough: what the start-up refit used
		// to produce
		LinkageSettings unreachable = new LinkageSettings(0.9999999999999999, 0.2, -3, 0.03, 3_000_000, 1);

		Refit refit = models.refit(RECORDS, records -> LinkageModel.fit(unreachable, records));

		assertThat(refit.outcome()).isEqualTo(Refit.Outcome.REJECTED);
		assertThat(refit.copiesRecognised()).isLessThan(refit.copiesChecked());
		assertThat(refit.why()).matches("; \\d+ of \\d+ exact copies .*");
		assertThat(models.current()).isSameAs(inUse);
	}

	@Test
	void theSameRecordsInAnyOrderGiveTheSameModel() {
		List<LinkageRecord> shuffled = new ArrayList<>(RECORDS);
		Collections.shuffle(shuffled, new Random(1));
		LinkageModels one = new LinkageModels();
		LinkageModels other = new LinkageModels();

		one.refit(RECORDS);
		other.refit(shuffled);

		List<LinkageRecord> candidates = RECORDS.subList(0, 300);
		for (LinkageRecord probe : RECORDS.subList(1500, 1600)) {
			assertThat(probabilities(other.current().score(probe, candidates)))
				.isEqualTo(probabilities(one.current().score(probe, candidates)));
		}
	}

	@Test
	void aSmallIndexKeepsTheShippedModel() {
		LinkageModels models = new LinkageModels();

		assertThat(models.refit(RECORDS.subList(0, 999)).outcome()).isEqualTo(Refit.Outcome.TOO_FEW_RECORDS);
		assertThat(models.current()).isSameAs(LinkageModel.shipped(models.settings()));
	}

	private static List<Double> probabilities(List<Scored> scored) {
		return scored.stream().map(Scored::matchProbability).toList();
	}

}
