package org.fullpicture.recording;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Recording with the modules it needs (agencies to name the agencies in the managers'
 * report, calendar for its months, access for its pages): the plain-language check as a
 * practitioner meets it on saving, the counts managers see, and the dilution check of a
 * summary against what was recorded. All its dependencies, not only the direct ones: the
 * access module its pages use cannot start without linkage.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class RecordingModuleTests {

	@Autowired
	FindingsLog findings;

	@Autowired
	DilutionCheck dilution;

	@Autowired
	Agencies agencies;

	@Test
	void aLabelAndAnEmptyJudgementAreFoundOnSavingAndCountedForTheAgencysManagers() {
		Agency school = agencies.add("School " + UUID.randomUUID(), AgencyType.SCHOOL, "Office", "office@example.org",
				"01632 960000");

		List<Finding> found = findings.checkOnSave("Mum is not engaging. No concerns at school.", TextContext.ENTRY,
				school.id(), "text");

		assertThat(found).extracting(Finding::matchedText, Finding::category)
			.containsExactly(tuple("not engaging", Category.LABELLING_FAMILY), tuple("No concerns", Category.VAGUE));
		assertThat(found).noneMatch(Finding::blocking);
		YearMonth now = YearMonth.now(UkTime.ZONE);
		assertThat(findings.report(now, now)).filteredOn(row -> row.agencyId().equals(school.id()))
			.extracting(FindingsLog.ReportRow::agency, FindingsLog.ReportRow::category, FindingsLog.ReportRow::findings)
			.containsExactlyInAnyOrder(tuple(school.name(), Category.LABELLING_FAMILY, 1L),
					tuple(school.name(), Category.VAGUE, 1L));
	}

	@Test
	void aLabelThatBlocksAClosureReasonStopsTheSaveAndIsNotCounted() {
		Agency team = agencies.add("Early help " + UUID.randomUUID(), AgencyType.EARLY_HELP, "Office",
				"office@example.org", "01632 960000");

		assertThatThrownBy(() -> findings.checkOnSave("Closed: Mum is not engaging.", TextContext.CLOSURE_REASON,
				team.id(), "reason"))
			.isInstanceOf(InvalidInput.class);
		YearMonth now = YearMonth.now(UkTime.ZONE);
		assertThat(findings.report(now, now)).noneMatch(row -> row.agencyId().equals(team.id()));
	}

	@Test
	void aSummaryThatPutsPoorHomeConditionsForWhatTheVisitSawIsWarnedWithTheVisitsOwnWords() {
		SourceText visit = new SourceText("entry-17",
				"The flat was unsanitary with a foul smell and a fire hazard: rubbish piled against the front door.");

		List<DilutionWarning> warnings = dilution.compare("Poor home conditions were discussed.", List.of(visit));

		assertThat(warnings).extracting(DilutionWarning::sourceWords)
			.containsExactly("unsanitary with a foul smell and a fire hazard", "rubbish piled against the front door");
		assertThat(warnings).allSatisfy(warning -> assertThat(warning.stockPhrases()).extracting(Finding::matchedText)
			.containsExactly("Poor home conditions"));
		assertThat(dilution.compare(
				"The flat was unsanitary, smelled foul and was a fire hazard, with rubbish against the door.",
				List.of(visit)))
			.isEmpty();
	}

}
