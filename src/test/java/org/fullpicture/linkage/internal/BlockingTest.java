package org.fullpicture.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;
import org.junit.jupiter.api.Test;

class BlockingTest {

	private final SyntheticPerson kayleigh = SyntheticPerson.kayleigh().nhs(null).upn(null);

	private final LinkageAddress elsewhere = new LinkageAddress("7", "High Street", null, "Westbury", "WB4 1CD");

	@Test
	void keepsPairsThatDifferByOneHardError() {
		assertThat(keeps(kayleigh, kayleigh.born(LocalDate.of(2014, 7, 3)))).as("day and month swapped").isTrue();
		assertThat(keeps(kayleigh, kayleigh.given("Kay"))).as("nickname").isTrue();
		assertThat(keeps(kayleigh, kayleigh.livingAt(elsewhere))).as("moved house").isTrue();
		assertThat(keeps(kayleigh, kayleigh.born(null))).as("no date of birth").isTrue();
	}

	@Test
	void keepsPairsWithTyposInSeveralFields() {
		SyntheticPerson typos = kayleigh.given("Kaleigh").family("Ashwort").born(LocalDate.of(2014, 3, 9));
		assertThat(keeps(kayleigh, typos)).isTrue();
		SyntheticPerson swappedWithWrongDate = kayleigh.given("Ashworth")
			.family("Kayleigh")
			.born(LocalDate.of(2041, 3, 7));
		assertThat(keeps(kayleigh, swappedWithWrongDate)).isTrue();
	}

	@Test
	void keepsPairsWhoseNamesWereReplacedWhenTheAddressStillSaysWhere() {
		SyntheticPerson moody = new SyntheticPerson("Blake", List.of(), "Moody", null, null, null, null,
				List.of(new LinkageAddress(null, "Studley Street", "Rose Vale", "Riverwood", "4869")));
		SyntheticPerson retyped = moody.given("Jacobie")
			.family("Tilleq")
			.livingAt(new LinkageAddress(null, "Studley Steet", "Rose Avle", "Riverwood", "4869"));
		assertThat(keeps(moody, retyped)).as("same postcode, the street mistyped").isTrue();
	}

	@Test
	void keepsPairsWhoseStreetAndLocalityWereSwapped() {
		SyntheticPerson reuben = new SyntheticPerson("Reuben", List.of(), "Edgecombe", LocalDate.of(1992, 5, 12), null,
				null, null,
				List.of(new LinkageAddress("6", "North Avenue", "Ashburton Circuit", "Palmerston", "4213")));
		SyntheticPerson swapped = reuben.given("Reuven")
			.born(LocalDate.of(1954, 7, 1))
			.livingAt(new LinkageAddress(null, "Ashburton Circuit", "North Vaenue", "Palmesrton", "4231"));
		assertThat(keeps(reuben, swapped)).isTrue();
	}

	@Test
	void skipsLooseBlocksTooBigToSayAnythingAndSaysSo() {
		// ten Smiths in one town with nothing else in common: each pair shares only a
		// name sound and the town
		String[] given = { "Adam", "Boris", "Carl", "Dora", "Ella", "Fred", "Gina", "Hugo", "Ivy", "Jon" };
		String[] streets = { "Abbey", "Birch", "Cedar", "Dale", "Elm", "Fern", "Gorse", "Holly", "Iris", "Juniper" };
		List<LinkageRecord> tenSmiths = new java.util.ArrayList<>();
		for (int i = 0; i < given.length; i++) {
			tenSmiths.add(new SyntheticPerson(given[i], List.of(), "Smith", LocalDate.of(1950 + 5 * i, 1 + i, 1 + i),
					null, null, null, List.of(new LinkageAddress(null, streets[i] + " Lane", null, "Leeds", null)))
				.record());
		}
		int looseRule = BlockingRule.NAME_SOUND_AND_PLACE_WORD.ordinal();

		assertThat(blockingOf(tenSmiths.subList(0, 5)).candidates().proposed[looseRule]).as("ten pairs").isEqualTo(10);
		Blocking ofTen = blockingOf(tenSmiths);
		assertThat(ofTen.candidates().proposed[looseRule]).as("45 pairs, over the limit").isZero();
		assertThat(ofTen.proposes(0, 1)).isFalse();
	}

	private static Blocking blockingOf(List<LinkageRecord> records) {
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features features = space.add(records);
		space.names.seal();
		return new Blocking(List.of(BlockingRule.values()), space.names, features, features);
	}

	@Test
	void keepsPairsSharingOnlyAnIdentifier() {
		SyntheticPerson stranger = new SyntheticPerson("Oscar", List.of(), "Pemberton", LocalDate.of(1990, 1, 1), null,
				null, null, List.of(elsewhere));
		assertThat(keeps(kayleigh.nhs("9434765919"), stranger.nhs("9434765919"))).isTrue();
		assertThat(keeps(kayleigh, stranger)).isFalse();
	}

	@Test
	void proposesEachPairOnceHoweverManyRulesAgree() {
		List<LinkageRecord> records = List.of(kayleigh.record(), kayleigh.record(), kayleigh.given("Kay").record());
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features features = space.add(records);
		space.names.seal();
		Blocking blocking = new Blocking(List.of(BlockingRule.values()), space.names, features, features);

		Blocking.Candidates candidates = blocking.candidates();

		assertThat(candidates.size).isEqualTo(3);
		assertThat(List.of(pair(candidates, 0), pair(candidates, 1), pair(candidates, 2)))
			.containsExactly(List.of(0, 1), List.of(0, 2), List.of(1, 2));
		assertThat(candidates.added).containsExactly(0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(candidates.proposed[BlockingRule.HOUSE.ordinal()]).isEqualTo(3);
	}

	@Test
	void linksRecordsThatHappenToHaveTheSameNumberOnEachSide() {
		List<LinkageRecord> left = List.of(kayleigh.record(), kayleigh.given("Oscar").family("Pemberton").record());
		List<LinkageRecord> right = List.of(kayleigh.record());
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features leftFeatures = space.add(left);
		Features rightFeatures = space.add(right);
		space.names.seal();

		Blocking.Candidates candidates = new Blocking(List.of(BlockingRule.values()), space.names, leftFeatures,
				rightFeatures)
			.candidates();

		assertThat(pair(candidates, 0)).containsExactly(0, 0);
	}

	private static List<Integer> pair(Blocking.Candidates candidates, int index) {
		return List.of(candidates.left(index), candidates.right(index));
	}

	private static boolean keeps(SyntheticPerson a, SyntheticPerson b) {
		return BlockingProbe.linking(List.of(a.record()), List.of(b.record())).keeps(0, 0);
	}

}
