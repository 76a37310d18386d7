package org.fullpicture.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats();

	@Test
	void datesAndTimesAreWrittenTheGovukWayInUkTime() {
		assertThat(formats.date(LocalDate.of(2026, 3, 7))).isEqualTo("7 March 2026");
		// 09:30 UTC in summer is 10:30 in London
		assertThat(formats.dateTime(Instant.parse("2026-07-01T09:30:00Z"))).isEqualTo("1 July 2026 at 10:30am");
		assertThat(formats.dateTime(Instant.parse("2026-01-01T12:00:00Z"))).isEqualTo("1 January 2026 at midday");
		assertThat(formats.dateTime(Instant.parse("2026-01-01T17:05:00Z"))).isEqualTo("1 January 2026 at 5:05pm");
	}

	@Test
	void anEntryRecordedWithoutATimeShowsItsDateAlone() {
		assertThat(formats.occurred(Instant.parse("2026-07-01T23:00:00Z"))).isEqualTo("2 July 2026");
		assertThat(formats.occurred(Instant.parse("2026-07-01T08:00:00Z"))).isEqualTo("1 July 2026 at 9am");
	}

	@Test
	void theSharingDelayIsSaidInWordsAndMoreThanADayIsLate() {
		assertThat(formats.delay(Duration.ofMinutes(20))).isEqualTo("Shared at the time");
		assertThat(formats.delay(Duration.ofHours(1))).isEqualTo("Shared 1 hour after it happened");
		assertThat(formats.delay(Duration.ofDays(19).plusHours(3))).isEqualTo("Shared 19 days after it happened");
		assertThat(formats.late(Duration.ofHours(24))).isFalse();
		assertThat(formats.late(Duration.ofHours(25))).isTrue();
	}

	@Test
	void aLikelihoodIsAWholePercentageThatNeverRoundsUpToCertainty() {
		assertThat(formats.percent(0.876)).isEqualTo("87%");
		assertThat(formats.percent(0.999)).isEqualTo("99%");
		assertThat(formats.percent(1.0)).isEqualTo("100%");
	}

}
