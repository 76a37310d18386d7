package org.fullpicture.linkage.bench;

import java.time.LocalDate;
import java.util.List;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageSex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PairDifferencesTest {

	private static LinkageRecord record(String given, String family, LocalDate born, String number, String street,
			String postcode) {
		return new LinkageRecord("r", given, List.of(), family, born, LinkageSex.UNKNOWN, null, null,
				List.of(new LinkageAddress(number, street, null, "leeds", postcode)));
	}

	private final LinkageRecord original = record("olivia", "thompson", LocalDate.of(2012, 3, 14), "12", "elm grove",
			"2602");

	@Test
	void anExactCopyHasNoDifference() {
		assertThat(PairDifferences.kind(original, original)).isEqualTo("no difference");
	}

	@Test
	void namesTheFieldsThatDifferAndHowInFieldOrder() {
		LinkageRecord copy = record("olvia", "harris", null, "12", "elm gorve", "2602");

		assertThat(PairDifferences.kind(original, copy))
			.isEqualTo("given:slip+family:replaced+birth:missing+street:slip");
		assertThat(PairDifferences.bothNamesReplaced(original, copy)).isFalse();
	}

	@Test
	void tellsSwappedNamesFromReplacedOnes() {
		LinkageRecord swapped = record("thompson", "olivia", LocalDate.of(2012, 3, 14), "12", "elm grove", "2602");
		LinkageRecord replaced = record("george", "harris", LocalDate.of(2012, 3, 14), "12", "elm grove", "2620");

		assertThat(PairDifferences.kind(original, swapped)).isEqualTo("names:swapped");
		assertThat(PairDifferences.bothNamesReplaced(original, swapped)).isFalse();
		assertThat(PairDifferences.kind(original, replaced)).isEqualTo("given:replaced+family:replaced+postcode:slip");
		assertThat(PairDifferences.bothNamesReplaced(original, replaced)).isTrue();
	}

	@Test
	void aBirthDateWithOneDigitKeyedWrongIsASlip() {
		LinkageRecord copy = record("olivia", "thompson", LocalDate.of(2012, 3, 17), "12", "elm grove", "2602");

		assertThat(PairDifferences.kind(original, copy)).isEqualTo("birth:slip");
	}

}
