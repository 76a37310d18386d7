package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class DilutionCheckTest {

	private final DilutionCheck check = new DilutionCheck();

	private static final SourceText HOME_VISIT = new SourceText("entry-17",
			"The flat was unsanitary with a foul smell and a fire hazard: rubbish piled against the front door.");

	@Test
	void stockPhraseInPlaceOfTheFrontlineWordsIsWarnedAboutWithTheSourceWordsVerbatim() {
		List<DilutionWarning> warnings = check.compare("Poor home conditions were discussed.", List.of(HOME_VISIT));

		assertThat(warnings).extracting(DilutionWarning::sourceWords)
			.containsExactly("unsanitary with a foul smell and a fire hazard", "rubbish piled against the front door");
		assertThat(warnings).allSatisfy(warning -> {
			assertThat(warning.entryId()).isEqualTo("entry-17");
			assertThat(HOME_VISIT.text().substring(warning.start(), warning.end())).isEqualTo(warning.sourceWords());
			assertThat(warning.stockPhrases()).extracting(Finding::matchedText).containsExactly("Poor home conditions");
			assertThat(warning.message()).contains("Poor home conditions").contains(warning.sourceWords());
		});
	}

	@Test
	void summaryThatKeepsTheWordsHasNoWarnings() {
		List<DilutionWarning> warnings = check.compare(
				"The flat was unsanitary, smelled foul and was a fire hazard, with rubbish against the door.",
				List.of(HOME_VISIT));

		assertThat(warnings).isEmpty();
	}

	@Test
	void droppedInjuryIsWarnedAboutEvenWithoutAStockPhrase() {
		SourceText school = new SourceText("entry-3", "I saw a bruise about 2 cm wide on Noah's left cheek.");

		List<DilutionWarning> warnings = check.compare("School raised a concern about Noah.", List.of(school));

		assertThat(warnings).singleElement().satisfies(warning -> {
			assertThat(warning.sourceWords()).isEqualTo("a bruise about 2 cm wide on Noah's left cheek");
			assertThat(warning.kind()).isEqualTo(DescriptionKind.INJURY);
			assertThat(warning.stockPhrases()).isEmpty();
		});
	}

	@Test
	void childsQuotedWordsAreKeptOrWarnedAbout() {
		SourceText visit = new SourceText("entry-9", "Ava said, \"Mummy's boyfriend hit me with a belt.\"");

		assertThat(check.compare("Ava made an allegation against Mum's partner.", List.of(visit))).singleElement()
			.satisfies(warning -> {
				assertThat(warning.kind()).isEqualTo(DescriptionKind.OWN_WORDS);
				assertThat(warning.sourceWords()).isEqualTo("Mummy's boyfriend hit me with a belt");
			});
		assertThat(check.compare("Ava said Mummy's boyfriend hit her with a belt.", List.of(visit))).isEmpty();
	}

	@Test
	void shortDescriptiveWordsCountWhenTheSummaryKeepsThem() {
		SourceText nurse = new SourceText("entry-5", "There was a cut on Kai's lip.");

		assertThat(check.compare("The school nurse saw a cut on Kai's lip.", List.of(nurse))).isEmpty();
		assertThat(check.compare("Kai was seen by the school nurse.", List.of(nurse)))
			.extracting(DilutionWarning::sourceWords)
			.containsExactly("a cut on Kai's lip");
	}

	@Test
	void descriptionKeepsItsSubjectWhenTheVerbIsFarFromTheHarm() {
		SourceText visit = new SourceText("entry-8", "The kitchen floor was covered in dog faeces.");

		assertThat(check.compare("Home conditions are poor.", List.of(visit))).extracting(DilutionWarning::sourceWords)
			.containsExactly("The kitchen floor was covered in dog faeces");
	}

	@Test
	void eachSourceKeepsItsOwnEntryId() {
		List<SourceText> sources = List.of(new SourceText("a", "There was dog faeces on the kitchen floor."),
				new SourceText("b", "I heard a child screaming upstairs."));

		List<DilutionWarning> warnings = check.compare("The home was chaotic.", sources);

		assertThat(warnings).extracting(DilutionWarning::entryId, DilutionWarning::sourceWords)
			.containsExactly(tuple("a", "dog faeces on the kitchen floor"), tuple("b", "a child screaming upstairs"));
	}

}
