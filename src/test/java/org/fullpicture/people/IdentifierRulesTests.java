package org.fullpicture.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierRulesTests {

	@Test
	void nhsNumberWithTheRightCheckDigitIsValidAndShownInThreeGroups() {
		assertThat(NhsNumber.problemWith("943 476 5919")).isEmpty();
		assertThat(NhsNumber.problemWith("943-476-5919")).isEmpty();
		assertThat(NhsNumber.normalise(" 9434765919 ")).contains("9434765919");
		assertThat(NhsNumber.format("9434765919")).isEqualTo("943 476 5919");
	}

	@Test
	void nhsNumberWithTheWrongCheckDigitSaysSo() {
		assertThat(NhsNumber.problemWith("9434765910")).contains("943 476 5910 fails its check digit");
	}

	@Test
	void nhsNumberWhoseCheckWouldBeTenIsNeverValid() {
		// 1,2,3,4,5,6,7,8,9 weighted 10..2 sums to 210; 210 mod 11 = 1; 11 - 1 = 10: no
		// digit can be right
		for (int last = 0; last <= 9; last++) {
			assertThat(NhsNumber.hasValidCheckDigit("123456789" + last)).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "123", "94347659199", "94347659AB" })
	void nhsNumberOfTheWrongShapeAsksForTenDigits(String input) {
		assertThat(NhsNumber.problemWith(input)).hasValueSatisfying(m -> assertThat(m).contains("10 digits"));
	}

	@Test
	void upnCheckLetterFollowsTheDfeRule() {
		String rest = "801200001001";
		char check = Upn.checkLetterFor(rest);
		assertThat(Upn.problemWith(check + rest)).isEmpty();
		char wrong = check == 'A' ? 'B' : 'A';
		assertThat(Upn.problemWith(wrong + rest)).contains(wrong + rest + " fails its check letter");
	}

	@Test
	void upnCheckLetterCountsATemporaryUpnsFinalLetterByItsValue() {
		// positions 2..13: digits 0 except a final 'B' (value 1) at position 13: sum 13,
		// mod 23 = 13 -> 'P'
		assertThat(Upn.checkLetterFor("00000000000B")).isEqualTo('P');
		assertThat(Upn.problemWith("P00000000000B")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SW1A 2AA", "sw1a2aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
			"GIR 0AA" })
	void postcodesOfEveryUkShapeAreAccepted(String postcode) {
		assertThat(Postcode.problemWith(postcode)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "QA1 1AA", "AI1 1AA", "SW1A 2AC", "12345", "SW1A", "A1 1A1" })
	void postcodesOfTheWrongShapeSaySo(String postcode) {
		assertThat(Postcode.problemWith(postcode))
			.hasValueSatisfying(m -> assertThat(m).contains("not the shape of a UK postcode"));
	}

	@Test
	void postcodesAreNormalisedToUpperCaseWithOneSpace() {
		assertThat(Postcode.normalise(" ls14ap ")).isEqualTo("LS1 4AP");
	}

	@Test
	void nameKeysIgnoreCaseAccentsAndPunctuation() {
		assertThat(People.nameKey("O'Brien-Smyth")).isEqualTo(People.nameKey("obrien smyth"));
		assertThat(People.nameKey("Zoë")).isEqualTo("zoe");
	}

}
