package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.springframework.stereotype.Component;

/**
 * An episode as the API and the pages show it: names beside ids, the clocks worked out,
 * the team and the plan.
 */
@Component
class EpisodeViews {

	record ChildView(UUID id, String name) {
	}

	record Summary(UUID id, EpisodeStatus status, List<UUID> childIds, UUID leadProfessionalId,
			int unallocatedWorkingDays, boolean raisedToManagers, LocalDate nextReviewDue, boolean reviewOverdue,
			Instant openedAt) {
	}

	record MemberView(UUID id, UUID practitionerId, String name, String agency, String part, Instant startedAt,
			Instant endedAt, boolean current) {
	}

	record HandoverView(UUID fromPractitionerId, String from, UUID toPractitionerId, String to, Instant changedAt,
			String note) {
	}

	record ActionView(UUID id, String description, UUID ownerId, String owner, LocalDate dueDate,
			Plans.ActionStatus status, boolean overdue) {
	}

	record ClosureView(ClosureReason reason, boolean needsApproval, String summary, String whatWasTried,
			String concernsRemaining, String movedTo, UUID askedBy, Instant askedAt, UUID decidedBy,
			String decisionNote, Instant closedAt) {
	}

	record Detail(UUID id, EpisodeStatus status, List<UUID> childIds, List<ChildView> children, String reason,
			Instant openedAt, UUID openedBy, UUID fromContactId, UUID referrerId, UUID leadProfessionalId,
			String leadProfessional, int unallocatedWorkingDays, Instant raisedToManagersAt, int reviewIntervalWeeks,
			LocalDate nextReviewDue, boolean reviewOverdue, List<MemberView> team, List<HandoverView> handovers,
			List<Team.Consent> consent, List<Plans.Outcome> outcomes, List<ActionView> actions,
			List<Plans.Review> reviews, List<Plans.Meeting> meetings, ClosureView closure,
			List<StepUpRecords.StepUpView> stepUps, List<Plans.Version> planVersions) {
	}

	private final Episodes episodes;

	private final StepUpRecords stepUps;

	private final EpisodeWork work;

	private final Practitioners practitioners;

	private final Agencies agencies;

	private final People people;

	private final EpisodeRules rules;

	private final Clock clock;

	EpisodeViews(Episodes episodes, EpisodeWork work, Practitioners practitioners, Agencies agencies, People people,
			EpisodeRules rules, Clock clock, StepUpRecords stepUps) {
		this.stepUps = stepUps;
		this.episodes = episodes;
		this.work = work;
		this.practitioners = practitioners;
		this.agencies = agencies;
		this.people = people;
		this.rules = rules;
		this.clock = clock;
	}

	Summary summary(Episode e) {
		return new Summary(e.id(), e.status(), e.childIds(), e.leadProfessionalId(), unallocatedDays(e),
				e.raisedToManagersAt() != null, e.nextReviewOn(), reviewOverdue(e), e.openedAt());
	}

	/** Read once the viewer's access to the children has been checked. */
	Detail detail(Episode e) {
		Names names = new Names();
		List<ChildView> children = people.findAll(e.childIds())
			.stream()
			.map(p -> new ChildView(p.id(), p.fullName()))
			.toList();
		List<HandoverView> handovers = episodes.handovers(e.id())
			.stream()
			.map(h -> new HandoverView(h.fromPractitionerId(), names.of(h.fromPractitionerId()), h.toPractitionerId(),
					names.of(h.toPractitionerId()), h.changedAt(), h.note()))
			.toList();
		Episode.Closure c = e.closure();
		ClosureView closure = c == null ? null
				: new ClosureView(c.reason(), c.reason().needsApproval(), c.summary(), c.whatWasTried(),
						c.concernsRemaining(), c.movedTo(), c.askedBy(), c.askedAt(), c.decidedBy(), c.decisionNote(),
						c.closedAt());
		return new Detail(e.id(), e.status(), e.childIds(), children, e.reason(), e.openedAt(), e.openedBy(),
				e.fromContactId(), e.referrerId(), e.leadProfessionalId(), names.of(e.leadProfessionalId()),
				unallocatedDays(e), e.raisedToManagersAt(), e.reviewIntervalWeeks(), e.nextReviewOn(), reviewOverdue(e),
				episodes.members(e.id()).stream().map(m -> member(m, names)).toList(), handovers,
				episodes.consents(e.id()), work.outcomes(e.id()),
				work.actions(e.id()).stream().map(a -> action(a, names)).toList(), work.reviews(e.id()),
				work.meetings(e.id()), closure, stepUps.of(e.id()), work.planVersions(e.id()));
	}

	MemberView member(Team.Member m) {
		return member(m, new Names());
	}

	ActionView action(Plans.Action a) {
		return action(a, new Names());
	}

	/** The children's names of each episode, read in one go, for lists. */
	Map<UUID, String> childNames(List<Episode> list) {
		Map<UUID, String> byChild = new HashMap<>();
		people.findAll(list.stream().flatMap(e -> e.childIds().stream()).distinct().toList())
			.forEach(p -> byChild.put(p.id(), p.fullName()));
		Map<UUID, String> byEpisode = new HashMap<>();
		list.forEach(e -> byEpisode.put(e.id(),
				String.join(", ", e.childIds().stream().map(c -> byChild.getOrDefault(c, "A child")).toList())));
		return byEpisode;
	}

	String practitionerName(UUID id) {
		return new Names().of(id);
	}

	int unallocatedDays(Episode e) {
		return e.status().isOpen() ? rules.unallocatedWorkingDays(e.openedAt(), e.hasLead(), clock.instant()) : 0;
	}

	boolean reviewOverdue(Episode e) {
		return e.status().isOpen() && e.nextReviewOn() != null && e.nextReviewOn().isBefore(today());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private MemberView member(Team.Member m, Names names) {
		Practitioner p = names.practitioner(m.practitionerId());
		return new MemberView(m.id(), m.practitionerId(), p.displayName(),
				agencies.find(p.agencyId()).map(Agency::name).orElse(""), m.part(), m.startedAt(), m.endedAt(),
				m.isCurrent());
	}

	private ActionView action(Plans.Action a, Names names) {
		return new ActionView(a.id(), a.description(), a.ownerId(), names.of(a.ownerId()), a.dueDate(), a.status(),
				a.isOverdueOn(today()));
	}

	/** Each practitioner read once per view. */
	private final class Names {

		private final Map<UUID, Practitioner> read = new HashMap<>();

		Practitioner practitioner(UUID id) {
			return read.computeIfAbsent(id, practitioners::get);
		}

		String of(UUID id) {
			return id == null ? null : practitioner(id).displayName();
		}

	}

	List<Person> children(Episode e) {
		return people.findAll(e.childIds());
	}

}
