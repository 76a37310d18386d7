package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingCountsTest {

	@Test
	void countsFindingsByTeamThenMonthThenCategory() {
		List<RecordedFinding> findings = List.of(
				new RecordedFinding("North", Category.VAGUE, LocalDate.of(2026, 3, 2)),
				new RecordedFinding("North", Category.VAGUE, LocalDate.of(2026, 3, 30)),
				new RecordedFinding("North", Category.LABELLING_FAMILY, LocalDate.of(2026, 3, 5)),
				new RecordedFinding("North", Category.VAGUE, LocalDate.of(2026, 4, 1)),
				new RecordedFinding("East", Category.JARGON, LocalDate.of(2026, 4, 9)));

		assertThat(FindingCounts.byTeamMonthAndCategory(findings)).containsExactly(
				new FindingCounts.Row("East", YearMonth.of(2026, 4), Category.JARGON, 1),
				new FindingCounts.Row("North", YearMonth.of(2026, 3), Category.LABELLING_FAMILY, 1),
				new FindingCounts.Row("North", YearMonth.of(2026, 3), Category.VAGUE, 2),
				new FindingCounts.Row("North", YearMonth.of(2026, 4), Category.VAGUE, 1));
	}

	@Test
	void noFindingsGiveNoRows() {
		assertThat(FindingCounts.byTeamMonthAndCategory(List.of())).isEmpty();
	}

}
