package org.fullpicture.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.Address;
import org.fullpicture.linkage.PersonRecord;
import org.junit.jupiter.api.Test;

class BlockingTest {

	private final People kayleigh = People.kayleigh().nhs(null).upn(null);

	private final Address elsewhere = new Address("7", "High Street", null, "Westbury", "WB4 1CD");

	@Test
	void keepsPairsThatDifferByOneHardError() {
		assertThat(keeps(kayleigh, kayleigh.born(LocalDate.of(2014, 7, 3)))).as("day and month swapped").isTrue();
		assertThat(keeps(kayleigh, kayleigh.given("Kay"))).as("nickname").isTrue();
		assertThat(keeps(kayleigh, kayleigh.livingAt(elsewhere))).as("moved house").isTrue();
		assertThat(keeps(kayleigh, kayleigh.born(null))).as("no date of birth").isTrue();
	}

	@Test
	void keepsPairsWithTyposInSeveralFields() {
		People typos = kayleigh.given("Kaleigh").family("Ashwort").born(LocalDate.of(2014, 3, 9));
		assertThat(keeps(kayleigh, typos)).isTrue();
		People swappedWithWrongDate = kayleigh.given("Ashworth").family("Kayleigh").born(LocalDate.of(2041, 3, 7));
		assertThat(keeps(kayleigh, swappedWithWrongDate)).isTrue();
	}

	@Test
	void keepsPairsSharingOnlyAnIdentifier() {
		People stranger = new People("Oscar", List.of(), "Pemberton", LocalDate.of(1990, 1, 1), null, null, null,
				List.of(elsewhere));
		assertThat(keeps(kayleigh.nhs("9434765919"), stranger.nhs("9434765919"))).isTrue();
		assertThat(keeps(kayleigh, stranger)).isFalse();
	}

	@Test
	void proposesEachPairOnceHoweverManyRulesAgree() {
		List<PersonRecord> records = List.of(kayleigh.record(), kayleigh.record(), kayleigh.given("Kay").record());
		FeatureSpace space = new FeatureSpace(NicknameGroups.fromClasspath());
		Features features = space.add(records);
		space.names.seal();
		Blocking blocking = new Blocking(List.of(BlockingRule.values()), space.names, features, features);

		Blocking.Candidates candidates = blocking.candidates();

		assertThat(candidates.size).isEqualTo(3);
		assertThat(List.of(pair(candidates, 0), pair(candidates, 1), pair(candidates, 2)))
			.containsExactly(List.of(0, 1), List.of(0, 2), List.of(1, 2));
		assertThat(candidates.added).containsExactly(0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(candidates.proposed[BlockingRule.HOUSE.ordinal()]).isEqualTo(3);
	}

	@Test
	void linksRecordsThatHappenToHaveTheSameNumberOnEachSide() {
		List<PersonRecord> left = List.of(kayleigh.record(), kayleigh.given("Oscar").family("Pemberton").record());
		List<PersonRecord> right = List.of(kayleigh.record());
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

	private static boolean keeps(People a, People b) {
		return BlockingProbe.linking(List.of(a.record()), List.of(b.record())).keeps(0, 0);
	}

}
