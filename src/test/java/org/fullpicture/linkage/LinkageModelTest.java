package org.fullpicture.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fullpicture.linkage.LinkageModel.Reason;
import org.fullpicture.linkage.LinkageModel.Scored;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageResult.Match;
import org.fullpicture.linkage.bench.ShippedModelWriter;
import org.junit.jupiter.api.Test;

import static org.fullpicture.linkage.internal.ScoringModel.TWINS;

class LinkageModelTest {

	private static final LinkageSettings SETTINGS = LinkageSettings.fromClasspath();

	private static final LinkageAddress ELM_ROAD = new LinkageAddress("1", "Elm Road", null, "Leeds", "LS2 9JT");

	private static final LinkageAddress NEW_STREET = new LinkageAddress("9", "New Street", null, "Leeds", "LS1 4AP");

	private final LinkageModel shipped = LinkageModel.shipped(SETTINGS);

	@Test
	void exactDuplicateIsTheSamePerson() {
		LinkageRecord record = amelia(null, ELM_ROAD);

		Scored scored = scoreOne(record, record);

		assertThat(scored.decision()).isEqualTo(Decision.SAME_PERSON);
		assertThat(scored.matchProbability()).isGreaterThan(0.99);
	}

	@Test
	void hyphenatedNameSwappedDateAndMoveGoToReviewAtLeastAndSayWhy() {
		LinkageRecord probe = person("Kayleigh-Marie", "Smith", LocalDate.of(2012, 7, 3), LinkageSex.FEMALE, null,
				ELM_ROAD);
		LinkageRecord candidate = person("Kayleigh", "Smyth", LocalDate.of(2012, 3, 7), LinkageSex.FEMALE, null,
				NEW_STREET);

		Scored scored = scoreOne(probe, candidate);

		assertThat(scored.decision()).isIn(Decision.SAME_PERSON, Decision.REVIEW);
		assertThat(scored.reasons()).extracting(Reason::comparison, Reason::level)
			.contains(tuple("date of birth", "day and month swapped"), tuple("given name", "hyphenated part"));
		assertThat(scored.reasons()).filteredOn(reason -> reason.comparison().equals("date of birth"))
			.allSatisfy(reason -> assertThat(reason.bits()).isPositive());
	}

	@Test
	void familyThatMovedIsTheSamePerson() {
		LinkageRecord before = amelia(null, ELM_ROAD);
		LinkageRecord after = amelia(null, NEW_STREET);

		assertThat(scoreOne(before, after).decision()).isEqualTo(Decision.SAME_PERSON);
	}

	@Test
	void siblingsAreNotMatched() {
		LinkageRecord sister = amelia(null, ELM_ROAD);
		LinkageRecord brother = person("Jack", "Hargreaves", LocalDate.of(2010, 9, 23), LinkageSex.MALE, null,
				ELM_ROAD);

		Scored scored = scoreOne(sister, brother);

		assertThat(scored.decision()).isNull();
		assertThat(scored.reasons()).extracting(Reason::comparison).contains("household");
	}

	@Test
	void twinsWithAlikeNamesAreForAPersonToDecideNeverTheSamePerson() {
		for (String twin : List.of("Amelie", "Millie", "Emilia", "Isla")) {
			LinkageRecord amelia = amelia(null, ELM_ROAD);
			LinkageRecord sister = person(twin, "Hargreaves", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, null,
					ELM_ROAD);

			Scored scored = scoreOne(amelia, sister);

			assertThat(scored.decision()).as(twin).isIn(Decision.REVIEW, null);
			assertThat(scored.reasons()).extracting(Reason::level).as(twin).contains(TWINS);
		}
		// the same name, birthday and home is the same child
		assertThat(scoreOne(amelia(null, ELM_ROAD), amelia(null, ELM_ROAD)).decision()).isEqualTo(Decision.SAME_PERSON);
	}

	@Test
	void equalNhsNumbersOutweighATypoInTheName() {
		LinkageRecord record = amelia("943 476 5919", ELM_ROAD);
		LinkageRecord typo = person("Aemlia", "Hargreaves", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, "9434765919",
				ELM_ROAD);

		assertThat(scoreOne(record, typo).decision()).isEqualTo(Decision.SAME_PERSON);
	}

	@Test
	void differentNhsNumbersAreNeverDecidedTheSamePerson() {
		LinkageRecord one = amelia("9434765919", ELM_ROAD);
		LinkageRecord other = amelia("4010232137", ELM_ROAD);

		Scored scored = scoreOne(one, other);

		assertThat(scored.decision()).isNotEqualTo(Decision.SAME_PERSON);
		assertThat(reasonFor(scored, "NHS number").bits()).isNegative();
	}

	@Test
	void anEqualNhsNumberOrUpnIsAlwaysForAPersonToSeeHoweverElseThePairDiffers() {
		LinkageRecord amelia = amelia("9434765919", ELM_ROAD);
		LinkageRecord stranger = person("Oliver", "Patel", LocalDate.of(2001, 5, 30), LinkageSex.MALE, "9434765919",
				NEW_STREET);
		LinkageRecord pupil = new LinkageRecord("pupil", "Oliver", List.of(), "Patel", LocalDate.of(2001, 5, 30),
				LinkageSex.MALE, null, "A123456789012", List.of(NEW_STREET));
		LinkageRecord sameUpn = new LinkageRecord("amelia", "Amelia", List.of(), "Hargreaves",
				LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, null, "A123456789012", List.of(ELM_ROAD));

		assertThat(scoreOne(amelia, stranger).decision()).isEqualTo(Decision.REVIEW);
		assertThat(scoreOne(sameUpn, pupil).decision()).isEqualTo(Decision.REVIEW);
		assertThat(new LinkageEngine(SETTINGS).link(List.of(amelia), List.of(stranger)).matches())
			.extracting(Match::decision)
			.containsExactly(Decision.REVIEW);
	}

	@Test
	void bothNamesReplacedAreStillForAPersonToSeeWhenBornTheSameDayAtTheSameHouse() {
		LinkageRecord amelia = amelia(null, ELM_ROAD);
		LinkageRecord renamed = person("Zofia", "Nowakowska", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, null,
				ELM_ROAD);
		LinkageRecord elsewhere = person("Zofia", "Nowakowska", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, null,
				NEW_STREET);

		assertThat(scoreOne(amelia, renamed).decision()).isEqualTo(Decision.REVIEW);
		assertThat(new LinkageEngine(SETTINGS).link(List.of(amelia), List.of(renamed)).matches())
			.extracting(Match::decision)
			.containsExactly(Decision.REVIEW);
		// the birth date alone is not enough
		assertThat(scoreOne(amelia, elsewhere).decision()).isNull();
	}

	@Test
	void scoresBestFirstWithCandidateIndexes() {
		LinkageRecord probe = amelia(null, ELM_ROAD);
		LinkageRecord stranger = person("Oliver", "Patel", LocalDate.of(2011, 5, 30), LinkageSex.MALE, null,
				NEW_STREET);

		List<Scored> scored = shipped.score(probe, List.of(stranger, probe));

		assertThat(scored).extracting(Scored::candidate).containsExactly(1, 0);
		assertThat(scored.get(1).decision()).isNull();
	}

	@Test
	void theStrongerOfTwoCertainCandidatesComesFirst() {
		// Mia is Amelia's short form: both records are certain to a double's precision,
		// the exact one more so
		LinkageRecord amelia = amelia("9434765919", ELM_ROAD);
		LinkageRecord mia = person("Mia", "Hargreaves", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, "9434765919",
				ELM_ROAD);

		List<Scored> scored = shipped.score(amelia, List.of(mia, amelia));

		assertThat(scored.get(0).matchProbability()).isEqualTo(scored.get(1).matchProbability());
		assertThat(scored).extracting(Scored::candidate).containsExactly(1, 0);
	}

	@Test
	void fittedModelDecidesPairsAsTheEngineDoes() {
		List<LinkageRecord> records = ShippedModelWriter.trainingRecords(1500, 7);
		LinkageModel model = LinkageModel.fit(SETTINGS, records);
		List<Match> matches = new LinkageEngine(SETTINGS).deduplicate(records).matches();
		assertThat(matches).hasSizeGreaterThan(1000);

		// the batch engine also corrects each pair for how often its households share
		// names and addresses,
		// measured on the batch itself; a single score cannot see the batch, so
		// decisions, not digits, must agree,
		// apart from possible twins, whom a single score leaves to a person (a batch
		// links one-to-one instead)
		int compared = 0;
		int agreed = 0;
		for (int i = 0; i < matches.size(); i += matches.size() / 300) {
			Match match = matches.get(i);
			Scored scored = model.score(records.get(match.left()), List.of(records.get(match.right()))).get(0);
			if (scored.reasons().stream().anyMatch(reason -> reason.level().equals(TWINS))) {
				continue;
			}
			compared++;
			agreed += scored.decision() == match.decision() ? 1 : 0;
		}
		System.out.printf("LinkageModel agrees with the batch engine on %d of %d sampled pairs%n", agreed, compared);
		assertThat((double) agreed / compared).isGreaterThanOrEqualTo(0.98);
	}

	@Test
	void fittedModelScoresPairsAsTheEngineDoes() {
		// a household's pair (other given names, family name and address shared) too: a
		// common family name must not count against it in one and not the other
		List<LinkageRecord> records = ShippedModelWriter.trainingRecords(1500, 7);
		LinkageModel model = LinkageModel.fit(SETTINGS, records);
		List<Match> uncertain = new LinkageEngine(SETTINGS).deduplicate(records)
			.matches()
			.stream()
			.filter(match -> match.matchProbability() > 0.001 && match.matchProbability() < 0.999)
			.toList();
		assertThat(uncertain).hasSizeGreaterThan(100);

		for (Match match : uncertain) {
			Scored scored = model.score(records.get(match.left()), List.of(records.get(match.right()))).get(0);
			assertThat(scored.matchProbability()).as("pair %s", match)
				.isCloseTo(match.matchProbability(), within(1e-9));
		}
	}

	@Test
	void scoresOneProbeAgainstTwoHundredCandidatesQuickly() {
		List<LinkageRecord> records = ShippedModelWriter.trainingRecords(1000, 3);
		List<LinkageRecord> candidates = records.subList(1, 201);
		long[] nanos = new long[1000];
		for (int round = 0; round < nanos.length; round++) {
			long started = System.nanoTime();
			shipped.score(records.get(round), candidates);
			nanos[round] = System.nanoTime() - started;
		}
		// the second half only: the first warms the JIT up
		long[] warm = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
		Arrays.sort(warm);
		System.out.printf("score() of one probe against 200 candidates: median %.2f ms, 90th percentile %.2f ms%n",
				warm[warm.length / 2] / 1e6, warm[warm.length * 9 / 10] / 1e6);
	}

	private Scored scoreOne(LinkageRecord probe, LinkageRecord candidate) {
		return shipped.score(probe, List.of(candidate)).get(0);
	}

	private static Reason reasonFor(Scored scored, String comparison) {
		return scored.reasons()
			.stream()
			.filter(reason -> reason.comparison().equals(comparison))
			.findFirst()
			.orElseThrow();
	}

	private static LinkageRecord amelia(String nhsNumber, LinkageAddress address) {
		return person("Amelia", "Hargreaves", LocalDate.of(2014, 2, 11), LinkageSex.FEMALE, nhsNumber, address);
	}

	private static LinkageRecord person(String given, String family, LocalDate birth, LinkageSex sex, String nhsNumber,
			LinkageAddress address) {
		return new LinkageRecord("test", given, List.of(), family, birth, sex, nhsNumber, null, List.of(address));
	}

}
