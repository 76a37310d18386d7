package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.earlyhelp.EpisodeClosed;
import org.fullpicture.earlyhelp.EpisodeOpened;
import org.fullpicture.earlyhelp.LeadProfessionalChanged;
import org.fullpicture.earlyhelp.TeamMembershipChanged;
import org.fullpicture.people.People;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Episodes and their team: opening one, the lead professional and each handover, the team
 * around the family, the family's consent, and a closure that is never silent. Access is
 * decided by the caller ({@link EpisodeAccess}).
 */
@Service
class Episodes {

	static final int MAX_CHILDREN = 12;

	/** How a step-down's reason begins, on the episode and in the chronology. */
	static final String STEPPED_DOWN = "Stepped down from children's social care as its involvement closed. ";

	private final JdbcClient db;

	private final Clock clock;

	private final People people;

	private final Practitioners practitioners;

	private final EpisodeChronology chronology;

	private final TeamNotices notices;

	private final ApplicationEventPublisher events;

	private final EpisodeRules rules;

	private final EarlyHelpManagers managers;

	private final TextChecks textChecks;

	Episodes(EarlyHelpManagers managers, TextChecks textChecks, JdbcClient db, Clock clock, People people,
			Practitioners practitioners, EpisodeChronology chronology, TeamNotices notices,
			ApplicationEventPublisher events, EpisodeRules rules) {
		this.db = db;
		this.clock = clock;
		this.people = people;
		this.practitioners = practitioners;
		this.chronology = chronology;
		this.notices = notices;
		this.events = events;
		this.rules = rules;
		this.managers = managers;
		this.textChecks = textChecks;
	}

	/**
	 * Opens an episode; {@code referrerId} is who first raised the concern, told when the
	 * episode closes.
	 */
	@Transactional
	Episode open(List<UUID> childIds, String reason, Practitioner by, UUID fromContactId, UUID referrerId) {
		List<FieldProblem> problems = new ArrayList<>();
		List<UUID> children = childIds == null ? List.of() : childIds.stream().distinct().toList();
		if (children.isEmpty()) {
			problems.add(new FieldProblem("childIds", "Choose at least one child"));
		}
		else if (children.size() > MAX_CHILDREN) {
			problems.add(new FieldProblem("childIds", "An episode can be for at most " + MAX_CHILDREN + " children"));
		}
		else if (children.contains(null)) {
			problems.add(new FieldProblem("childIds", "Choose a child for each place in the list"));
		}
		else if (people.findAll(children).size() != children.size()) {
			problems.add(new FieldProblem("childIds", "Every child must already be recorded in FullPicture"));
		}
		if (EpisodeRules.isBlank(reason)) {
			problems.add(new FieldProblem("reason", "Say why the family needs early help"));
		}
		MaxLength.problem("reason", reason, 2000, "The reason").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		db.sql("""
				INSERT INTO episode (id, status, reason, opened_at, opened_by, from_contact_id, referrer_id,
				    review_interval_weeks)
				VALUES (?, 'OPEN', ?, ?, ?, ?, ?, ?)""")
			.params(id, reason.strip(), utc(now), by.id(), fromContactId, referrerId, rules.defaultReviewWeeks())
			.update();
		children.forEach(child -> db.sql("INSERT INTO episode_child (episode_id, person_id) VALUES (?, ?)")
			.params(id, child)
			.update());
		Episode episode = get(id);
		chronology.write(episode, EntryType.EARLY_HELP_STARTED,
				"Early help started. Reason: " + reason.strip() + " No lead professional yet.", by);
		events.publishEvent(new EpisodeOpened(id, children, now, by.id(), fromContactId));
		return episode;
	}

	/**
	 * A step-down from children's social care: its closure summary, what it leaves for
	 * early help, is the episode's reason, so the new lead professional starts from it.
	 */
	@Transactional
	Episode stepDown(List<UUID> childIds, String closureSummary, Practitioner by) {
		if (EpisodeRules.isBlank(closureSummary)) {
			throw new InvalidInput("closureSummary",
					"Say why social care is closing and what it leaves for early help to do");
		}
		MaxLength.problem("closureSummary", closureSummary, 1_800, "The closure summary").ifPresent(problem -> {
			throw new InvalidInput(List.of(problem));
		});
		return open(childIds, STEPPED_DOWN + closureSummary.strip(), by, null, by.id());
	}

	Optional<Episode> find(UUID id) {
		return db.sql("SELECT * FROM episode WHERE id = ?")
			.param(id)
			.query(Episode::read)
			.optional()
			.map(e -> e.withChildren(childrenOf(List.of(e.id())).getOrDefault(e.id(), List.of())));
	}

	Episode get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Early help episode " + id));
	}

	boolean existsForContact(UUID contactId) {
		return db.sql("SELECT COUNT(*) FROM episode WHERE from_contact_id = ?")
			.param(contactId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets or hands over the lead; the new lead joins the team if not in it, and the team
	 * is told.
	 */
	@Transactional
	Episode setLead(UUID episodeId, UUID practitionerId, String handoverNote, Practitioner by) {
		Episode episode = requireOpen(episodeId);
		Practitioner lead = practitionerField("practitionerId", practitionerId);
		MaxLength.require("handoverNote", handoverNote, EpisodeRules.MAX_TEXT, "The handover note");
		if (lead.id().equals(episode.leadProfessionalId())) {
			throw new Conflict("practitionerId", "This practitioner is already the lead professional");
		}
		if (episode.hasLead() && EpisodeRules.isBlank(handoverNote)) {
			throw new InvalidInput("handoverNote", "Write a handover note for the new lead professional");
		}
		Instant now = clock.instant();
		db.sql("UPDATE episode SET lead_professional_id = ? WHERE id = ?").params(lead.id(), episodeId).update();
		db.sql("""
				INSERT INTO episode_handover (id, episode_id, from_practitioner_id, to_practitioner_id, changed_at,
				    changed_by, note)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), episodeId, episode.leadProfessionalId(), lead.id(), utc(now), by.id(),
					blankToNull(handoverNote))
			.update();
		String from = episode.hasLead()
				? " in place of " + practitioners.get(episode.leadProfessionalId()).displayName() : "";
		chronology.write(
				episode, EntryType.LEAD_PROFESSIONAL_SET, lead.displayName() + " is now the lead professional" + from
						+ "." + (EpisodeRules.isBlank(handoverNote) ? "" : " Handover note: " + handoverNote.strip()),
				by);
		events.publishEvent(new LeadProfessionalChanged(episodeId, episode.childIds(), episode.leadProfessionalId(),
				lead.id(), now));
		Set<UUID> told = new LinkedHashSet<>(currentMemberIds(episodeId));
		told.add(lead.id());
		told.add(episode.leadProfessionalId());
		notices.tell(told, episode, "LEAD_PROFESSIONAL_CHANGED",
				"An early help episode has a new lead professional: " + lead.displayName(), false);
		return get(episodeId);
	}

	@Transactional
	Team.Member addMember(UUID episodeId, UUID practitionerId, String part, Practitioner by) {
		Episode episode = requireOpen(episodeId);
		Practitioner member = practitionerField("practitionerId", practitionerId);
		if (EpisodeRules.isBlank(part)) {
			throw new InvalidInput("part",
					"Say what part they play in the team, such as \"school attendance support\"");
		}
		MaxLength.require("part", part, 500, "Their part");
		if (currentMemberIds(episodeId).contains(member.id())) {
			throw new Conflict("practitionerId", "This practitioner is already in the team around the family");
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		db.sql("""
				INSERT INTO episode_member (id, episode_id, practitioner_id, part, started_at, added_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, episodeId, member.id(), part.strip(), utc(now), by.id())
			.update();
		events.publishEvent(new TeamMembershipChanged(episodeId, episode.childIds(), member.id(), true, now));
		notices.tell(List.of(member.id()), episode, "TEAM_MEMBERSHIP_STARTED",
				"You have joined the team around a family for early help", false);
		return member(id);
	}

	/**
	 * Ends a membership: the grounds it gave to read the children's records end with it.
	 */
	@Transactional
	Team.Member endMember(UUID episodeId, UUID memberId, Practitioner by) {
		Episode episode = get(episodeId);
		Team.Member member = member(memberId);
		if (!member.episodeId().equals(episodeId)) {
			throw new NotFound("Team membership " + memberId);
		}
		if (!member.isCurrent()) {
			throw new Conflict("memberId", "This membership has already ended");
		}
		Instant now = clock.instant();
		db.sql("UPDATE episode_member SET ended_at = ? WHERE id = ?").params(utc(now), memberId).update();
		events.publishEvent(
				new TeamMembershipChanged(episodeId, episode.childIds(), member.practitionerId(), false, now));
		return member(memberId);
	}

	/**
	 * The family's agreement; a withdrawal where concerns remain asks the lead to
	 * consider a referral to the front door.
	 */
	@Transactional
	Team.Consent recordConsent(UUID episodeId, Boolean toEarlyHelp, Boolean toSharing, LocalDate decidedOn, String note,
			Boolean concernsRemain, Practitioner by) {
		Episode episode = requireOpen(episodeId);
		List<FieldProblem> problems = new ArrayList<>();
		if (toEarlyHelp == null) {
			problems.add(new FieldProblem("toEarlyHelp", "Say whether the family agrees to early help"));
		}
		if (toSharing == null) {
			problems.add(new FieldProblem("toSharing", "Say whether the family agrees to information being shared"));
		}
		if (decidedOn == null) {
			problems.add(new FieldProblem("decidedOn", "Enter the date the family decided"));
		}
		else if (decidedOn.isAfter(LocalDate.now(clock.withZone(UkTime.ZONE)))) {
			problems.add(new FieldProblem("decidedOn", "The date the family decided must be today or in the past"));
		}
		MaxLength.problem("note", note, 2000, "The note").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		boolean remain = Boolean.TRUE.equals(concernsRemain);
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO episode_consent (id, episode_id, to_early_help, to_sharing, decided_on, note, concerns_remain,
				    recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, episodeId, toEarlyHelp, toSharing, decidedOn, blankToNull(note), remain, utc(clock.instant()),
					by.id())
			.update();
		Optional<Team.Consent> before = consents(episodeId).stream().filter(c -> !c.id().equals(id)).findFirst();
		boolean withdrawn = !toEarlyHelp && (before.isEmpty() || before.get().toEarlyHelp());
		if (withdrawn && remain) {
			notices.tell(Set.of(Objects.requireNonNullElse(episode.leadProfessionalId(), by.id())), episode,
					"CONSIDER_FRONT_DOOR_REFERRAL",
					"The family withdrew consent to early help and concerns remain: consider a referral to the front door",
					true);
		}
		return consents(episodeId).get(0);
	}

	/**
	 * Closes at once, or waits for a manager when the reason is guarded; the team and the
	 * referrer are told either way.
	 */
	@Transactional
	Episode askToClose(UUID episodeId, ClosureRequest request, Practitioner by) {
		Episode episode = get(episodeId);
		if (episode.status() != EpisodeStatus.OPEN) {
			throw new Conflict("status", episode.status() == EpisodeStatus.CLOSED ? "The episode is already closed"
					: "A closure is already awaiting a manager's approval");
		}
		List<FieldProblem> problems = EpisodeRules.closureProblems(request);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		// words that label the family ("did not engage") cannot close an episode: say
		// what happened instead
		Map<String, String> words = new java.util.LinkedHashMap<>();
		words.put("summary", request.summary());
		words.put("whatWasTried", request.whatWasTried());
		words.put("concernsRemaining", request.concernsRemaining());
		textChecks.check(words, TextContext.CLOSURE_REASON, by);
		EpisodeStatus status = EpisodeRules.statusOnClosure(request.reason());
		Instant now = clock.instant();
		db.sql("""
				UPDATE episode SET status = ?, closure_reason = ?, closure_summary = ?, closure_what_was_tried = ?,
				    closure_concerns = ?, closure_moved_to = ?, closure_asked_by = ?, closure_asked_at = ?,
				    closure_decided_by = NULL, closure_decision_note = NULL
				WHERE id = ?""")
			.params(status.name(), request.reason().name(), request.summary().strip(),
					blankToNull(request.whatWasTried()), blankToNull(request.concernsRemaining()),
					blankToNull(request.movedTo()), by.id(), utc(now), episodeId)
			.update();
		if (status == EpisodeStatus.CLOSED) {
			return close(get(episodeId), by, now, "CLOSED");
		}
		Episode asked = get(episodeId);
		notices.tell(managers.ids(), asked, "CLOSURE_AWAITING_APPROVAL", "An early help closure ("
				+ request.reason().label().toLowerCase(java.util.Locale.UK) + ") is awaiting a manager's approval",
				false);
		return asked;
	}

	/**
	 * A manager approves (the episode closes) or refuses (it stays open); the team and
	 * the referrer are told.
	 */
	@Transactional
	Episode decideClosure(UUID episodeId, Boolean approve, String note, Practitioner manager) {
		Episode episode = get(episodeId);
		if (episode.status() != EpisodeStatus.CLOSURE_AWAITING_APPROVAL) {
			throw new Conflict("status", "No closure of this episode is awaiting approval");
		}
		if (approve == null) {
			throw new InvalidInput("approve", "Say whether you approve the closure (true) or refuse it (false)");
		}
		if (!approve && EpisodeRules.isBlank(note)) {
			throw new InvalidInput("note", "Say why the closure is refused and what should happen next");
		}
		MaxLength.require("note", note, 2000, "The note");
		Instant now = clock.instant();
		db.sql("UPDATE episode SET closure_decided_by = ?, closure_decision_note = ? WHERE id = ?")
			.params(manager.id(), blankToNull(note), episodeId)
			.update();
		if (approve) {
			return close(get(episodeId), manager, now, "CLOSURE_APPROVED");
		}
		db.sql("UPDATE episode SET status = 'OPEN' WHERE id = ?").param(episodeId).update();
		Episode refused = get(episodeId);
		notices.tell(toldOfClosure(refused), refused, "CLOSURE_REFUSED",
				"A manager refused to close an early help episode: it stays open", true);
		return refused;
	}

	private Episode close(Episode episode, Practitioner by, Instant now, String noticeKind) {
		Episode.Closure closure = episode.closure();
		Set<UUID> told = toldOfClosure(episode);
		db.sql("UPDATE episode SET status = 'CLOSED', closed_at = ? WHERE id = ?")
			.params(utc(now), episode.id())
			.update();
		db.sql("UPDATE episode_member SET ended_at = ? WHERE episode_id = ? AND ended_at IS NULL")
			.params(utc(now), episode.id())
			.update();
		StringBuilder text = new StringBuilder("Early help closed: ").append(closure.reason().label());
		if (closure.movedTo() != null) {
			text.append(" (to ").append(closure.movedTo()).append(")");
		}
		text.append(". Summary: ").append(closure.summary());
		if (closure.whatWasTried() != null) {
			text.append(" What was tried: ").append(closure.whatWasTried());
		}
		if (closure.concernsRemaining() != null) {
			text.append(" Concerns that remain: ").append(closure.concernsRemaining());
		}
		if (closure.reason().needsApproval()) {
			text.append(" Closure approved by ").append(by.displayName()).append('.');
		}
		chronology.write(episode, EntryType.EARLY_HELP_CLOSED, text.toString(), by);
		events.publishEvent(new EpisodeClosed(episode.id(), episode.childIds(), now, closure.reason()));
		notices.tell(told, episode, noticeKind, "An early help episode has closed: " + closure.reason().label(),
				closure.reason().needsApproval());
		return get(episode.id());
	}

	/**
	 * Every member of the team (past members too, for a closure) and the original
	 * referrer.
	 */
	private Set<UUID> toldOfClosure(Episode episode) {
		Set<UUID> told = new LinkedHashSet<>();
		members(episode.id()).stream().filter(Team.Member::isCurrent).forEach(m -> told.add(m.practitionerId()));
		told.add(episode.leadProfessionalId());
		told.add(episode.referrerId() != null ? episode.referrerId() : episode.openedBy());
		told.remove(null);
		return told;
	}

	List<Team.Member> members(UUID episodeId) {
		return db.sql("SELECT * FROM episode_member WHERE episode_id = ? ORDER BY started_at, id")
			.param(episodeId)
			.query(Episodes::member)
			.list();
	}

	Set<UUID> currentMemberIds(UUID episodeId) {
		return Set.copyOf(db.sql("SELECT practitioner_id FROM episode_member WHERE episode_id = ? AND ended_at IS NULL")
			.param(episodeId)
			.query(UUID.class)
			.list());
	}

	List<Team.Handover> handovers(UUID episodeId) {
		return db.sql("SELECT * FROM episode_handover WHERE episode_id = ? ORDER BY changed_at, id")
			.param(episodeId)
			.query((rs, row) -> new Team.Handover(rs.getObject("id", UUID.class),
					rs.getObject("from_practitioner_id", UUID.class), rs.getObject("to_practitioner_id", UUID.class),
					Episode.instant(rs, "changed_at"), rs.getObject("changed_by", UUID.class), rs.getString("note")))
			.list();
	}

	/** Newest first. */
	List<Team.Consent> consents(UUID episodeId) {
		return db.sql("SELECT * FROM episode_consent WHERE episode_id = ? ORDER BY recorded_at DESC, decided_on DESC")
			.param(episodeId)
			.query((rs, row) -> new Team.Consent(rs.getObject("id", UUID.class), rs.getBoolean("to_early_help"),
					rs.getBoolean("to_sharing"), rs.getObject("decided_on", LocalDate.class), rs.getString("note"),
					rs.getBoolean("concerns_remain"), Episode.instant(rs, "recorded_at"),
					rs.getObject("recorded_by", UUID.class)))
			.list();
	}

	/** Open episodes with no lead professional, longest waiting first. */
	PageOf<Episode> unallocated(int page, int size) {
		return page("WHERE e.status <> 'CLOSED' AND e.lead_professional_id IS NULL", Map.of(), "e.opened_at, e.id",
				page, size);
	}

	/** Open episodes this practitioner leads. */
	PageOf<Episode> ledBy(UUID practitionerId, int page, int size) {
		return page("WHERE e.status <> 'CLOSED' AND e.lead_professional_id = :me", Map.of("me", practitionerId),
				"e.next_review_on, e.opened_at, e.id", page, size);
	}

	/**
	 * Episodes this practitioner leads or is a current member of the team around the
	 * family of.
	 */
	PageOf<Episode> workedOnBy(UUID practitionerId, int page, int size) {
		return page("""
				WHERE e.lead_professional_id = :me OR e.id IN (SELECT m.episode_id FROM episode_member m
				    WHERE m.practitioner_id = :me AND m.ended_at IS NULL)""", Map.of("me", practitionerId),
				"e.opened_at DESC, e.id", page, size);
	}

	/** Episodes whose guarded closure waits for a manager, oldest request first. */
	List<Episode> awaitingApproval(int limit) {
		return list("WHERE e.status = 'CLOSURE_AWAITING_APPROVAL'", Map.of(), "e.closure_asked_at, e.id", limit);
	}

	/** Open episodes whose review date has passed. */
	List<Episode> reviewsOverdue(int limit) {
		return list("WHERE e.status <> 'CLOSED' AND e.next_review_on < :today",
				Map.of("today", LocalDate.now(clock.withZone(UkTime.ZONE))), "e.next_review_on, e.id", limit);
	}

	/** Open episodes of any of these children. */
	List<Episode> openFor(java.util.Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		return list(
				"WHERE e.status <> 'CLOSED' AND e.id IN (SELECT c.episode_id FROM episode_child c WHERE c.person_id IN (:children))",
				Map.of("children", childIds), "e.opened_at, e.id", 100);
	}

	/** Every episode of these children, open or closed, newest first. */
	List<Episode> allFor(java.util.Collection<UUID> childIds) {
		return list("WHERE e.id IN (SELECT c.episode_id FROM episode_child c WHERE c.person_id IN (:children))",
				Map.of("children", childIds), "e.opened_at DESC, e.id", 100);
	}

	private PageOf<Episode> page(String where, Map<String, Object> params, String order, int page, int size) {
		long total = db.sql("SELECT COUNT(*) FROM episode e " + where).params(params).query(Long.class).single();
		Map<String, Object> paged = new HashMap<>(params);
		paged.put("limit", size);
		paged.put("offset", (long) (page - 1) * size);
		List<Episode> items = withChildren(
				db.sql("SELECT e.* FROM episode e " + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
					.params(paged)
					.query(Episode::read)
					.list());
		return new PageOf<>(items, page, size, total);
	}

	private List<Episode> list(String where, Map<String, Object> params, String order, int limit) {
		Map<String, Object> limited = new HashMap<>(params);
		limited.put("limit", limit);
		return withChildren(db.sql("SELECT e.* FROM episode e " + where + " ORDER BY " + order + " LIMIT :limit")
			.params(limited)
			.query(Episode::read)
			.list());
	}

	private List<Episode> withChildren(List<Episode> episodes) {
		Map<UUID, List<UUID>> children = childrenOf(episodes.stream().map(Episode::id).toList());
		return episodes.stream().map(e -> e.withChildren(children.getOrDefault(e.id(), List.of()))).toList();
	}

	private Map<UUID, List<UUID>> childrenOf(List<UUID> episodeIds) {
		Map<UUID, List<UUID>> children = new HashMap<>();
		if (!episodeIds.isEmpty()) {
			db.sql("SELECT episode_id, person_id FROM episode_child WHERE episode_id IN (:ids) ORDER BY person_id")
				.param("ids", episodeIds)
				.query(rs -> {
					children.computeIfAbsent(rs.getObject("episode_id", UUID.class), k -> new ArrayList<>())
						.add(rs.getObject("person_id", UUID.class));
				});
		}
		return children;
	}

	Episode requireOpen(UUID episodeId) {
		Episode episode = get(episodeId);
		if (!episode.status().isOpen()) {
			throw new Conflict("status", "The episode is closed");
		}
		return episode;
	}

	private Practitioner practitionerField(String field, UUID id) {
		if (id == null) {
			throw new InvalidInput(field, "Choose a practitioner");
		}
		return practitioners.find(id)
			.filter(p -> !p.isSystem())
			.orElseThrow(() -> new InvalidInput(field, "No practitioner has this id"));
	}

	private Team.Member member(UUID id) {
		return db.sql("SELECT * FROM episode_member WHERE id = ?")
			.param(id)
			.query(Episodes::member)
			.optional()
			.orElseThrow(() -> new NotFound("Team membership " + id));
	}

	private static Team.Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Team.Member(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
				rs.getObject("practitioner_id", UUID.class), rs.getString("part"), Episode.instant(rs, "started_at"),
				rs.getObject("added_by", UUID.class), Episode.instant(rs, "ended_at"));
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static String blankToNull(String text) {
		return EpisodeRules.isBlank(text) ? null : text.strip();
	}

}
