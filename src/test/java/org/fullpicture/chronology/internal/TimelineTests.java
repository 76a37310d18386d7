package org.fullpicture.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.chronology.ChronologyReader.Occurrence;
import org.fullpicture.chronology.EntryType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTests {

	@Test
	void countsEntriesPerMonthByKindAndShowsEmptyMonths() {
		Timeline timeline = Timeline
			.of(List.of(new Occurrence(Instant.parse("2026-01-05T10:00:00Z"), EntryType.CONCERN),
					new Occurrence(Instant.parse("2026-01-20T10:00:00Z"), EntryType.MISSING),
					new Occurrence(Instant.parse("2026-04-02T10:00:00Z"), EntryType.CONCERN)), null, null);

		assertThat(timeline.buckets()).extracting(Timeline.Bucket::label)
			.containsExactly("January 2026", "February 2026", "March 2026", "April 2026");
		assertThat(timeline.buckets().get(0).count(TypeGroup.CONCERN)).isEqualTo(1);
		assertThat(timeline.buckets().get(0).count(TypeGroup.MISSING)).isEqualTo(1);
		assertThat(timeline.buckets().get(0).getDescription())
			.isEqualTo("January 2026: 2 entries (concerns and incidents 1, missing episodes 1)");
		assertThat(timeline.buckets().get(1).getDescription()).isEqualTo("February 2026: nothing recorded");
		assertThat(timeline.getSummary()).isEqualTo("3 entries over 4 months, with nothing recorded in 2 months");
	}

	@Test
	void theBusiestMonthFillsTheHeightAndBarsStackUpwards() {
		Timeline timeline = Timeline
			.of(List.of(new Occurrence(Instant.parse("2026-01-05T10:00:00Z"), EntryType.CONCERN),
					new Occurrence(Instant.parse("2026-01-06T10:00:00Z"), EntryType.HOME_VISIT)), null, null);
		var bars = timeline.buckets().get(0).bars();
		assertThat(bars).hasSize(2);
		assertThat(bars.get(0).height() + bars.get(1).height()).isEqualTo(Timeline.HEIGHT);
		assertThat(bars.get(1).y()).isZero();
	}

	@Test
	void theFiltersDatesSetThePeriodAndLongPeriodsAreShownByYear() {
		Timeline filtered = Timeline.of(
				List.of(new Occurrence(Instant.parse("2026-03-05T10:00:00Z"), EntryType.CONCERN)),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(filtered.buckets()).hasSize(6);
		Timeline years = Timeline.of(List.of(new Occurrence(Instant.parse("2015-03-05T10:00:00Z"), EntryType.BIRTH),
				new Occurrence(Instant.parse("2026-03-05T10:00:00Z"), EntryType.CONCERN)), null, null);
		assertThat(years.unit()).isEqualTo("year");
		assertThat(years.buckets()).hasSize(12);
		assertThat(Timeline.of(List.of(), null, null).isEmpty()).isTrue();
	}

}
