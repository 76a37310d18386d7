package org.fullpicture.frontdoor;

import java.time.Instant;
import java.time.LocalDateTime;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.frontdoor.internal.FrontDoorSettings;
import org.fullpicture.frontdoor.internal.Timescale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a contact's decision is due, for each RAG rating, on the shared England and Wales
 * calendar.
 */
class DueTimesTests {

	static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

	static final FrontDoorSettings DEFAULTS = new FrontDoorSettings(null, null, null, null, null, null);

	@Test
	void aContactAt1659OnTheFridayBeforeTheAugustBankHolidayIsDueOnTuesdayAndLaterForGreen() {
		Instant received = uk("2026-08-28T16:59");

		assertThat(due(Rag.RED, received)).isEqualTo(uk("2026-09-01T12:59"));
		assertThat(due(Rag.AMBER, received)).isEqualTo(uk("2026-09-01T16:59"));
		assertThat(due(Rag.GREEN, received)).isEqualTo(uk("2026-09-03T16:59"));
	}

	@Test
	void overChristmasTheBankHolidaysAndWeekendDoNotCount() {
		Instant received = uk("2026-12-24T15:00");

		assertThat(due(Rag.AMBER, received)).isEqualTo(uk("2026-12-29T15:00"));
		assertThat(due(Rag.RED, received)).isEqualTo(uk("2026-12-29T11:00"));
	}

	@Test
	void ragBoundariesFallExactlyAtTheConfiguredTimescales() {
		Instant received = uk("2026-03-02T09:00");

		assertThat(due(Rag.RED, received)).isEqualTo(uk("2026-03-02T13:00"));
		assertThat(due(Rag.AMBER, received)).isEqualTo(uk("2026-03-03T09:00"));
		assertThat(due(Rag.GREEN, received)).isEqualTo(uk("2026-03-05T09:00"));
		var red = DEFAULTS.timescale(Rag.RED).from(received, CALENDAR);
		assertThat(red.isOverdue(uk("2026-03-02T13:00"))).isFalse();
		assertThat(red.isOverdue(uk("2026-03-02T13:01"))).isTrue();
	}

	@Test
	void timescalesAreConfigurationInPlainWords() {
		FrontDoorSettings local = new FrontDoorSettings("2 working hours", "2 working days", "5 working days", null,
				null, null);

		assertThat(local.timescale(Rag.RED)).isEqualTo(new Timescale(2, true));
		assertThat(local.timescale(Rag.GREEN).toString()).isEqualTo("5 working days");
		assertThatThrownBy(() -> new FrontDoorSettings("soon", null, null, null, null, null))
			.hasMessageContaining("4 working hours");
	}

	private static Instant due(Rag rag, Instant received) {
		return DEFAULTS.timescale(rag).from(received, CALENDAR).due();
	}

	private static Instant uk(String local) {
		return LocalDateTime.parse(local).atZone(UkTime.ZONE).toInstant();
	}

}
