package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainLanguageCheckTest {

	private final PlainLanguageCheck check = new PlainLanguageCheck();

	private List<Finding> findings(String text) {
		return check.check(text, TextContext.ENTRY);
	}

	@Test
	void findingGivesTheExactSpanWithWhyAndWhatToWriteInstead() {
		String text = "On arrival the home was chaotic.";

		List<Finding> found = findings(text);

		assertThat(found).singleElement().satisfies(finding -> {
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo("chaotic");
			assertThat(finding.matchedText()).isEqualTo("chaotic");
			assertThat(finding.category()).isEqualTo(Category.DILUTING);
			assertThat(finding.explanation()).isNotBlank();
			assertThat(finding.suggestion()).isNotBlank();
			assertThat(finding.blocking()).isFalse();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mum is not engaging.", "Mum failed to engage.", "Mum didn't engage with the plan.",
			"Mum didn’t engage with the plan.", "Mum has disengaged.", "There has been non-engagement.",
			"Mum refused to engage.", "Mum was NOT WILLING TO ENGAGE.", "Mum   did  not\n engage." })
	void inflectionsCaseAndSpacingOfNotEngagingAreAllFound(String text) {
		assertThat(findings(text)).extracting(Finding::category).containsExactly(Category.LABELLING_FAMILY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mum said 'the house is fine'.", "Mum said \"the house is fine\".",
			"Mum said “the house is fine”.", "Mum said ‘the house is fine’.", "'The house is fine,' Mum said." })
	void wordsInsideQuotationMarksAreTheSpeakersNotTheWriters(String text) {
		assertThat(findings(text)).isEmpty();
	}

	@Test
	void reportedSpeechIsNotFlaggedButTheWritersOwnClaimIs() {
		assertThat(findings("Mum said the house was fine.")).isEmpty();
		assertThat(findings("The nursery reported that attendance was fine.")).isEmpty();
		assertThat(findings("I said the house was fine.")).hasSize(1);
		assertThat(findings("Mum disclosed physical chastisement.")).hasSize(1);
	}

	@Test
	void apostrophesInWordsDoNotOpenAQuotation() {
		assertThat(findings("Mum's house is chaotic and the children's room too.")).hasSize(1);
		assertThat(findings("The parents' relationship is volatile.")).hasSize(1);
	}

	@Test
	void negatedPhrasesAreNotFlagged() {
		assertThat(findings("The home was not chaotic.")).isEmpty();
		assertThat(findings("Mum is not hard to engage.")).isEmpty();
		assertThat(findings("Dad has never failed to engage.")).isEmpty();
		assertThat(findings("Sam does not put himself at risk; adults target him.")).isEmpty();
	}

	@Test
	void aNegatorThatIsPartOfThePhraseStillCounts() {
		assertThat(findings("Mum chose not to engage.")).hasSize(1);
		assertThat(findings("No concerns.")).extracting(Finding::category).containsExactly(Category.VAGUE);
	}

	@Test
	void phrasesExplainedStraightAfterAreNotFlagged() {
		assertThat(findings("The home was chaotic: six adults were drinking and the baby was on the floor.")).isEmpty();
		assertThat(findings("The home was chaotic, by which I mean nobody knew where the baby was.")).isEmpty();
		assertThat(findings("Ava was appropriately dressed for the weather in a coat and boots.")).isEmpty();
		assertThat(findings("Ava was appropriately dressed.")).hasSize(1);
	}

	@Test
	void ordinaryUsesOfCatalogueWordsAreLeftAlone() {
		assertThat(findings("The appropriate adult attended the interview.")).isEmpty();
		assertThat(findings("Ava's fine motor skills are delayed.")).isEmpty();
		assertThat(findings("A DNA test confirmed paternity.")).isEmpty();
		assertThat(findings("Mum's benefits were sanctioned and she noted the date.")).isEmpty();
	}

	@Test
	void anAbbreviationIsFlaggedOnlyOnItsFirstUse() {
		List<Finding> found = findings("The TAF met. The TAF plan was agreed.");

		assertThat(found).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(Category.JARGON);
			assertThat(finding.start()).isEqualTo(4);
		});
	}

	@Test
	void anAbbreviationSpelledOutOnFirstUseIsNeverFlagged() {
		assertThat(findings("The team around the family (TAF) met. The TAF plan was agreed.")).isEmpty();
		assertThat(findings("The TAF (team around the family) met. The TAF plan was agreed.")).isEmpty();
	}

	@Test
	void abbreviationsAreMatchedAsWritten() {
		assertThat(findings("The cin was cold.")).isEmpty();
		assertThat(findings("A s47 began.")).extracting(Finding::category).containsExactly(Category.JARGON);
	}

	@Test
	void closureReasonsAreBlockedByLabelsButOnlyAdvisedAboutVagueWording() {
		List<Finding> found = check.check("Closed as Mum is hard to engage and there are no concerns.",
				TextContext.CLOSURE_REASON);

		assertThat(found).extracting(Finding::category, Finding::blocking)
			.containsExactly(tuple(Category.LABELLING_FAMILY, true), tuple(Category.VAGUE, false));
		assertThat(PlainLanguageCheck.anyBlocking(found)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = TextContext.class, names = "CLOSURE_REASON", mode = EnumSource.Mode.EXCLUDE)
	void everywhereElseChecksOnlyAdvise(TextContext context) {
		List<Finding> found = check.check("Mum is hard to engage. Tyler is putting himself at risk.", context);

		assertThat(found).hasSize(2).noneMatch(Finding::blocking);
	}

	@Test
	void emptyOrMissingTextHasNoFindings() {
		assertThat(findings("")).isEmpty();
		assertThat(findings(null)).isEmpty();
	}

}
