package org.fullpicture.earlyhelp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodeRulesTests {

	EpisodeRules rules = new EpisodeRules(WorkingCalendar.englandAndWales(), new EarlyHelpSettings(null, null));

	static Instant uk(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(UkTime.ZONE).toInstant();
	}

	@Test
	void theUnallocatedClockCountsWorkingDaysOnlySkippingWeekendsAndBankHolidays() {
		// opened Thursday 18 December 2025; Christmas Day and Boxing Day are bank
		// holidays
		Instant opened = uk("2025-12-18T15:00");
		assertThat(rules.unallocatedWorkingDays(opened, false, uk("2025-12-19T09:00"))).isEqualTo(1);
		assertThat(rules.unallocatedWorkingDays(opened, false, uk("2025-12-21T09:00"))).isEqualTo(1);
		assertThat(rules.unallocatedWorkingDays(opened, false, uk("2025-12-24T09:00"))).isEqualTo(4);
		assertThat(rules.isDueToBeRaised(opened, uk("2025-12-28T23:00"))).isFalse();
		assertThat(rules.unallocatedWorkingDays(opened, false, uk("2025-12-29T09:00"))).isEqualTo(5);
		assertThat(rules.isDueToBeRaised(opened, uk("2025-12-29T09:00"))).isTrue();
	}

	@Test
	void anEpisodeWithALeadIsNotUnallocated() {
		assertThat(rules.unallocatedWorkingDays(uk("2025-01-06T09:00"), true, uk("2025-03-06T09:00"))).isZero();
	}

	@Test
	void theRaiseAfterIsConfigurable() {
		EpisodeRules sooner = new EpisodeRules(WorkingCalendar.englandAndWales(), new EarlyHelpSettings(2, null));
		assertThat(sooner.isDueToBeRaised(uk("2026-03-02T10:00"), uk("2026-03-04T08:00"))).isTrue();
		assertThat(rules.isDueToBeRaised(uk("2026-03-02T10:00"), uk("2026-03-04T08:00"))).isFalse();
	}

	@Test
	void aReviewFallsSixWeeksLaterOrOnTheNextWorkingDay() {
		assertThat(rules.reviewDue(LocalDate.of(2026, 3, 2), 6)).isEqualTo(LocalDate.of(2026, 4, 13));
		// six weeks from Monday 23 March 2026 is Easter Monday (a bank holiday): the
		// Tuesday
		assertThat(rules.reviewDue(LocalDate.of(2026, 2, 23), 6)).isEqualTo(LocalDate.of(2026, 4, 7));
		// a Saturday review moves to the Monday
		assertThat(rules.reviewDue(LocalDate.of(2026, 3, 7), 6)).isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(rules.defaultReviewWeeks()).isEqualTo(6);
	}

	@Test
	void closingForDeclinedOrWithdrawnConsentOrNotEngagingNeedsApprovalAndARecordOfWhatWasTried() {
		for (ClosureReason reason : ClosureReason.values()) {
			boolean guarded = reason == ClosureReason.CONSENT_DECLINED || reason == ClosureReason.CONSENT_WITHDRAWN
					|| reason == ClosureReason.NOT_ENGAGING;
			assertThat(EpisodeRules.statusOnClosure(reason))
				.isEqualTo(guarded ? EpisodeStatus.CLOSURE_AWAITING_APPROVAL : EpisodeStatus.CLOSED);
			String movedTo = reason == ClosureReason.MOVED_AWAY ? "Kirklees" : null;
			assertThat(EpisodeRules.closureProblems(new ClosureRequest(reason, "Summary", null, null, movedTo))
				.stream()
				.map(FieldProblem::field)).containsExactlyElementsOf(
						guarded ? java.util.List.of("whatWasTried", "concernsRemaining") : java.util.List.of());
		}
		assertThat(EpisodeRules.closureProblems(new ClosureRequest(null, " ", null, null, null))
			.stream()
			.map(FieldProblem::field)).containsExactly("reason", "summary");
	}

}
