package org.fullpicture.notify.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Operation Encompass deadline: the start of the setting's next school day, its own
 * closed days counted.
 */
class EncompassDeadlineTests {

	static final UUID SETTING = UUID.randomUUID();

	// half-term week at this setting: Monday 26 to Friday 30 October 2026
	final NotifySettings settings = new NotifySettings(null, null, null,
			Map.of(SETTING, List.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 28),
					LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 30))),
			null);

	final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

	@Test
	void anIncidentOnFridayEveningIsDueAtTheStartOfMonday() {
		assertThat(due("2026-11-06T19:00:00Z", UUID.randomUUID())).isEqualTo("2026-11-09T08:45:00Z");
	}

	@Test
	void anIncidentBeforeHalfTermIsDueWhenTheSettingReopens() {
		assertThat(due("2026-10-23T19:00:00Z", SETTING)).isEqualTo("2026-11-02T08:45:00Z");
		// another setting with no half-term that week is due on the Monday
		assertThat(due("2026-10-23T19:00:00Z", UUID.randomUUID())).isEqualTo("2026-10-26T08:45:00Z");
	}

	@Test
	void aBankHolidayMondayMovesTheDeadlineToTuesday() {
		// Friday before the late May bank holiday 2026 (Monday 25 May); 08:45 BST is
		// 07:45 UTC
		assertThat(due("2026-05-22T20:00:00Z", UUID.randomUUID())).isEqualTo("2026-05-26T07:45:00Z");
	}

	@Test
	void anIncidentEarlyOnASchoolDayIsDueThatMorning() {
		assertThat(due("2026-11-04T06:30:00Z", UUID.randomUUID())).isEqualTo("2026-11-04T08:45:00Z");
	}

	private String due(String occurred, UUID setting) {
		return calendar.nextSchoolDayFrom(Instant.parse(occurred), settings.holidaysOf(setting)).due().toString();
	}

}
