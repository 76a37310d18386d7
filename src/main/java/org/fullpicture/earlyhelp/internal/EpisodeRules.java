package org.fullpicture.earlyhelp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.MaxLength;

/**
 * The clocks and the closure rule of an episode, on the shared working-day calendar; no
 * database, no Spring.
 */
class EpisodeRules {

	static final int MAX_TEXT = 4000;

	private final WorkingCalendar calendar;

	private final EarlyHelpSettings settings;

	EpisodeRules(WorkingCalendar calendar, EarlyHelpSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Working days an episode has waited for a lead professional; 0 once it has one. */
	int unallocatedWorkingDays(Instant openedAt, boolean hasLead, Instant now) {
		return hasLead ? 0 : calendar.workingDaysBetween(openedAt, now);
	}

	/** Unallocated long enough to be raised to the early help managers. */
	boolean isDueToBeRaised(Instant openedAt, Instant now) {
		return calendar.workingDaysBetween(openedAt, now) >= settings.unallocatedWorkingDays();
	}

	/**
	 * The next review: {@code weeks} after {@code from}, moved on to a working day when
	 * it falls on a weekend or holiday.
	 */
	LocalDate reviewDue(LocalDate from, int weeks) {
		LocalDate due = from.plusWeeks(weeks);
		while (!calendar.isWorkingDay(due)) {
			due = due.plusDays(1);
		}
		return due;
	}

	int defaultReviewWeeks() {
		return settings.reviewIntervalWeeks();
	}

	/**
	 * What a closure request lacks: a reason always; for a guarded reason, what was tried
	 * and what concerns remain.
	 */
	static List<FieldProblem> closureProblems(ClosureRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.reason() == null) {
			problems.add(new FieldProblem("reason", "Choose why the episode is closing"));
		}
		if (isBlank(request.summary())) {
			problems.add(new FieldProblem("summary", "Write a closure summary: what was done and how things are now"));
		}
		if (request.reason() != null && request.reason().needsApproval()) {
			if (isBlank(request.whatWasTried())) {
				problems.add(new FieldProblem("whatWasTried",
						"Say what was tried to help the family take part before closing for this reason"));
			}
			if (isBlank(request.concernsRemaining())) {
				problems.add(new FieldProblem("concernsRemaining",
						"Say what concerns remain for the children, or that none do"));
			}
		}
		if (request.reason() == ClosureReason.MOVED_AWAY && isBlank(request.movedTo())) {
			problems.add(new FieldProblem("movedTo", "Say which area the family moved to"));
		}
		MaxLength.problem("summary", request.summary(), MAX_TEXT, "The summary").ifPresent(problems::add);
		MaxLength.problem("whatWasTried", request.whatWasTried(), MAX_TEXT, "What was tried").ifPresent(problems::add);
		MaxLength.problem("concernsRemaining", request.concernsRemaining(), MAX_TEXT, "The concerns")
			.ifPresent(problems::add);
		MaxLength.problem("movedTo", request.movedTo(), 200, "The area").ifPresent(problems::add);
		return problems;
	}

	/** A guarded reason waits for a manager; any other closes at once. */
	static EpisodeStatus statusOnClosure(ClosureReason reason) {
		return reason.needsApproval() ? EpisodeStatus.CLOSURE_AWAITING_APPROVAL : EpisodeStatus.CLOSED;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
