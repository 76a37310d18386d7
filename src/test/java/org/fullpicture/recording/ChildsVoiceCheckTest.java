package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.fullpicture.recording.ChildVoiceContext.DocumentKind;
import org.junit.jupiter.api.Test;

class ChildsVoiceCheckTest {

	private final ChildsVoiceCheck check = new ChildsVoiceCheck();

	private static final ChildVoiceContext TEENAGER = new ChildVoiceContext(DocumentKind.ASSESSMENT, 15 * 12);

	private static final ChildVoiceContext BABY = new ChildVoiceContext(DocumentKind.ASSESSMENT, 5);

	@Test
	void teenagerQuotedInTheirOwnWordsIsFine() {
		ChildsVoiceResult result = check.check(
				"Jay is 15. Jay told me, \"I only go to the flat because they give me food.\" Mum is worried about him.",
				TEENAGER);

		assertThat(result.flagged()).isFalse();
		assertThat(result.childsWordsFound()).isTrue();
	}

	@Test
	void assessmentWithNoWordsFromTheChildAndNoRecordOfSeeingThemIsFlagged() {
		ChildsVoiceResult result = check.check(
				"Mum said she is struggling with the rent. Dad has moved out. Mum was tearful and she said she wants help.",
				TEENAGER);

		assertThat(result.flagged()).isTrue();
		assertThat(result.childsWordsFound()).isFalse();
		assertThat(result.explanation()).contains("no words from the child");
		assertThat(result.suggestion()).isNotBlank();
	}

	@Test
	void pronounAfterTheChildIsTheChildSpeaking() {
		ChildsVoiceResult result = check.check("Mum was at work. Ruby was quiet at first. She said she misses her dad.",
				new ChildVoiceContext(DocumentKind.REVIEW, 9 * 12));

		assertThat(result.childsWordsFound()).isTrue();
	}

	@Test
	void childSeenAloneThroughPlayIsARecordOfHowTheyWereHeard() {
		ChildsVoiceResult result = check.check("I saw Ava alone in her bedroom and we did the three houses together.",
				new ChildVoiceContext(DocumentKind.PLAN, 7 * 12));

		assertThat(result.flagged()).isFalse();
		assertThat(result.howSeenRecorded()).isTrue();
	}

	@Test
	void babyWithObservationsOfHowTheyRespondedIsFine() {
		ChildsVoiceResult result = check.check(
				"Noah smiled when Mum talked to him and settled quickly when she picked him up. He made good eye contact.",
				BABY);

		assertThat(result.flagged()).isFalse();
	}

	@Test
	void babyWithNothingAboutTheBabyIsFlaggedInBabyTerms() {
		ChildsVoiceResult result = check.check("Mum has debts. Dad is in prison. The flat is on the fourth floor.",
				BABY);

		assertThat(result.flagged()).isTrue();
		assertThat(result.explanation()).contains("baby");
	}

	@Test
	void aReasonTheChildCouldNotBeHeardIsAccepted() {
		ChildsVoiceResult result = check.check("Leo is non-verbal; he uses Makaton at school, which I do not know.",
				new ChildVoiceContext(DocumentKind.ASSESSMENT, 8 * 12));

		assertThat(result.flagged()).isFalse();
	}

	@Test
	void unknownAgeIsTreatedAsAChildWhoCanSpeak() {
		ChildsVoiceResult result = check.check("Mum has debts.", new ChildVoiceContext(DocumentKind.ASSESSMENT, null));

		assertThat(result.flagged()).isTrue();
		assertThat(result.explanation()).contains("no words from the child");
	}

}
