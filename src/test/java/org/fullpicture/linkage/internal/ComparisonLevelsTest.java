package org.fullpicture.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.linkage.internal.Comparison.ADDRESS;
import static org.fullpicture.linkage.internal.Comparison.DATE_OF_BIRTH;
import static org.fullpicture.linkage.internal.Comparison.FAMILY_NAME;
import static org.fullpicture.linkage.internal.Comparison.GIVEN_NAME;
import static org.fullpicture.linkage.internal.Comparison.NHS_NUMBER;
import static org.fullpicture.linkage.internal.Comparison.SEX;
import static org.fullpicture.linkage.internal.Comparison.UPN;
import static org.fullpicture.linkage.internal.PairComparator.*;
import static org.fullpicture.linkage.internal.SyntheticPerson.level;

import java.time.LocalDate;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageSex;
import org.junit.jupiter.api.Test;

class ComparisonLevelsTest {

	private final SyntheticPerson kayleigh = SyntheticPerson.kayleigh();

	@Test
	void givenNamesFromExactToDifferent() {
		assertThat(level(kayleigh, kayleigh.given("KAYLEIGH"), GIVEN_NAME)).isEqualTo(EXACT);
		assertThat(level(kayleigh.given("Kayleigh-Marie"), kayleigh, GIVEN_NAME)).isEqualTo(NAME_PART);
		assertThat(level(kayleigh.given("Kayleigh Marie"), kayleigh.given("Kayleigh-Marie"), GIVEN_NAME))
			.isEqualTo(EXACT);
		assertThat(level(kayleigh.given("William"), kayleigh.given("Bill"), GIVEN_NAME)).isEqualTo(NICKNAME);
		assertThat(level(kayleigh.given("Catherine"), kayleigh.given("Katie"), GIVEN_NAME)).isEqualTo(NICKNAME);
		assertThat(level(kayleigh, kayleigh.given("Kayleihg"), GIVEN_NAME)).isEqualTo(JARO_WINKLER_HIGH);
		assertThat(level(kayleigh.given("Philip"), kayleigh.given("Filip"), GIVEN_NAME)).isEqualTo(SOUNDS_ALIKE);
		assertThat(level(kayleigh.given("Leo"), kayleigh.given("Lco"), GIVEN_NAME)).isEqualTo(FEW_EDITS);
		assertThat(level(kayleigh, kayleigh.given("Oscar"), GIVEN_NAME)).isEqualTo(NAME_DIFFERENT);
	}

	@Test
	void digitsKeyedForLettersAreReadAsTheLetters() {
		assertThat(level(kayleigh.given("Olivia"), kayleigh.given("O1ivia"), GIVEN_NAME)).isEqualTo(EXACT);
		assertThat(level(kayleigh.given("George"), kayleigh.given("9eorge"), GIVEN_NAME)).isEqualTo(EXACT);
		assertThat(level(kayleigh, kayleigh.family("Ashw0rth"), FAMILY_NAME)).isEqualTo(EXACT);
	}

	@Test
	void anAliasCountsAsAGivenName() {
		assertThat(level(kayleigh.given("Kay").aliases("Kayleigh"), kayleigh, GIVEN_NAME)).isEqualTo(EXACT);
	}

	@Test
	void familyNamesDoubleBarrelledAndMisspelt() {
		assertThat(level(kayleigh.family("Ashworth-Hall"), kayleigh, FAMILY_NAME)).isEqualTo(NAME_PART);
		assertThat(level(kayleigh.family("Ashwroth"), kayleigh, FAMILY_NAME)).isEqualTo(JARO_WINKLER_HIGH);
	}

	@Test
	void namesWrittenTheWrongWayRoundStillAgree() {
		SyntheticPerson swapped = kayleigh.given("Ashworth").family("Kayleigh");
		assertThat(level(kayleigh, swapped, GIVEN_NAME)).isEqualTo(EXACT);
		assertThat(level(kayleigh, swapped, FAMILY_NAME)).isEqualTo(EXACT);
	}

	@Test
	void whenOnlyOneNameAgreesTheWrongWayRoundItCountsAsTheFamilyNameEitherWay() {
		// a sister's record written the wrong way round: 'Ashworth, Mia' beside 'Kayleigh
		// Ashwroth'
		SyntheticPerson sister = kayleigh.given("Ashworth").family("Mia");
		SyntheticPerson typo = kayleigh.family("Ashwroth");
		for (SyntheticPerson[] pair : new SyntheticPerson[][] { { typo, sister }, { sister, typo } }) {
			assertThat(level(pair[0], pair[1], GIVEN_NAME)).isEqualTo(NAME_DIFFERENT);
			assertThat(level(pair[0], pair[1], FAMILY_NAME)).isEqualTo(JARO_WINKLER_HIGH);
		}
	}

	@Test
	void missingValuesAreMissingNotDifferent() {
		assertThat(level(kayleigh.given(null), kayleigh, GIVEN_NAME)).isEqualTo(GIVEN_NAME.missing());
		assertThat(level(kayleigh.family(" "), kayleigh, FAMILY_NAME)).isEqualTo(FAMILY_NAME.missing());
		assertThat(level(kayleigh.born(null), kayleigh, DATE_OF_BIRTH)).isEqualTo(DATE_OF_BIRTH.missing());
		assertThat(level(kayleigh.nhs(null), kayleigh, NHS_NUMBER)).isEqualTo(NHS_NUMBER.missing());
		assertThat(level(kayleigh.livingAt(), kayleigh, ADDRESS)).isEqualTo(ADDRESS.missing());
		assertThat(level(kayleigh.sex(LinkageSex.UNKNOWN), kayleigh, SEX)).isEqualTo(SEX.missing());
	}

	@Test
	void datesOfBirthFromExactToDifferent() {
		assertThat(level(kayleigh, kayleigh, DATE_OF_BIRTH)).isEqualTo(EXACT);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2014, 7, 3)), DATE_OF_BIRTH))
			.isEqualTo(DOB_DAY_MONTH_SWAPPED);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2014, 3, 8)), DATE_OF_BIRTH)).isEqualTo(DOB_ONE_DIGIT);
		// two neighbouring digits swapped is a slip too; two apart, or two replaced, is
		// not
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2041, 3, 7)), DATE_OF_BIRTH)).isEqualTo(DOB_ONE_DIGIT);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2017, 3, 4)), DATE_OF_BIRTH)).isEqualTo(DOB_DIFFERENT);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2014, 3, 18)), DATE_OF_BIRTH)).isEqualTo(DOB_YEAR_ONLY);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2014, 10, 27)), DATE_OF_BIRTH)).isEqualTo(DOB_YEAR_ONLY);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2013, 11, 30)), DATE_OF_BIRTH))
			.isEqualTo(DOB_WITHIN_YEAR);
		assertThat(level(kayleigh, kayleigh.born(LocalDate.of(2009, 5, 20)), DATE_OF_BIRTH)).isEqualTo(DOB_DIFFERENT);
	}

	@Test
	void identifiersEqualMistypedOrDifferent() {
		assertThat(level(kayleigh, kayleigh.nhs("943 476 5919"), NHS_NUMBER)).isEqualTo(EXACT);
		assertThat(level(kayleigh, kayleigh.nhs("9434765991"), NHS_NUMBER)).isEqualTo(ID_ONE_CHARACTER);
		assertThat(level(kayleigh, kayleigh.nhs("4010232137"), NHS_NUMBER)).isEqualTo(ID_DIFFERENT);
		assertThat(level(kayleigh, kayleigh.upn("a123456789012"), UPN)).isEqualTo(EXACT);
	}

	@Test
	void addressesFromSameHouseToDifferent() {
		LinkageAddress neighbour = new LinkageAddress("14", "Mill Lane", "Oak Park", "Kingsbridge", "KB1 2AB");
		LinkageAddress sameStreet = new LinkageAddress("80", "Mill Lane", null, "Kingsbridge", "KB1 4ZZ");
		LinkageAddress sameSector = new LinkageAddress("3", "Elm Road", null, "Kingsbridge", "KB1 2XY");
		LinkageAddress sameTown = new LinkageAddress("3", "Elm Road", null, "Kingsbridge", "KB9 9XY");
		LinkageAddress elsewhere = new LinkageAddress("7", "High Street", null, "Westbury", "WB4 1CD");
		assertThat(level(kayleigh, kayleigh.livingAt(new LinkageAddress("12", "mill lane", null, null, "kb12ab")),
				ADDRESS))
			.isEqualTo(SAME_HOUSE);
		assertThat(level(kayleigh, kayleigh.livingAt(neighbour), ADDRESS)).isEqualTo(SAME_POSTCODE);
		assertThat(level(kayleigh, kayleigh.livingAt(sameStreet), ADDRESS)).isEqualTo(SAME_STREET);
		assertThat(level(kayleigh, kayleigh.livingAt(sameSector), ADDRESS)).isEqualTo(SAME_SECTOR);
		assertThat(level(kayleigh, kayleigh.livingAt(sameTown), ADDRESS)).isEqualTo(SAME_TOWN);
		assertThat(level(kayleigh, kayleigh.livingAt(elsewhere), ADDRESS)).isEqualTo(ADDRESS_DIFFERENT);
	}

	@Test
	void aHouseKeyedWithOneSlipIsStillTheSameHouse() {
		// HOME is 12 Mill Lane, Oak Park, Kingsbridge, KB1 2AB
		assertThat(level(kayleigh, kayleigh.livingAt(new LinkageAddress("12", "Mil Lane", null, "Kingsbridge", null)),
				ADDRESS))
			.as("street one letter short")
			.isEqualTo(SAME_HOUSE);
		assertThat(level(kayleigh, kayleigh.livingAt(new LinkageAddress("12", "Mill Lane", null, null, "KB1 A2B")),
				ADDRESS))
			.as("postcode with two characters swapped")
			.isEqualTo(SAME_HOUSE);
		assertThat(level(kayleigh, kayleigh.livingAt(new LinkageAddress("12", "Hill Lane", null, "Kingsbridge", null)),
				ADDRESS))
			.as("another street that differs in its first letter")
			.isNotEqualTo(SAME_HOUSE);
		assertThat(level(kayleigh,
				kayleigh.livingAt(new LinkageAddress("12", "Mil Lane", null, "Kingsbridge", "KB7 9QQ")), ADDRESS))
			.as("a postcode that is not a slip")
			.isNotEqualTo(SAME_HOUSE);
	}

	@Test
	void anyAddressInEitherHistoryCounts() {
		LinkageAddress elsewhere = new LinkageAddress("7", "High Street", null, "Westbury", "WB4 1CD");
		assertThat(level(kayleigh.livingAt(elsewhere, SyntheticPerson.HOME), kayleigh, ADDRESS)).isEqualTo(SAME_HOUSE);
	}

	@Test
	void sexSameOrDifferent() {
		assertThat(level(kayleigh, kayleigh, SEX)).isEqualTo(EXACT);
		assertThat(level(kayleigh, kayleigh.sex(LinkageSex.MALE), SEX)).isEqualTo(SEX_DIFFERENT);
	}

}
