package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of an episode (outcomes and review date), its reviews, actions and meetings.
 */
@Service
class EpisodeWork {

	static final int MAX_LONG_TEXT = 20_000;

	record NewAction(String description, UUID ownerId, LocalDate dueDate) {
	}

	record Score(UUID outcomeId, Integer score) {
	}

	record NewMeeting(Instant heldAt, List<String> attended, List<String> invitedNotAttended, String childsViews,
			String familyViews, String decisions) {
	}

	private final JdbcClient db;

	private final Clock clock;

	private final Episodes episodes;

	private final Practitioners practitioners;

	private final EpisodeChronology chronology;

	private final EpisodeRules rules;

	EpisodeWork(JdbcClient db, Clock clock, Episodes episodes, Practitioners practitioners,
			EpisodeChronology chronology, EpisodeRules rules) {
		this.db = db;
		this.clock = clock;
		this.episodes = episodes;
		this.practitioners = practitioners;
		this.chronology = chronology;
		this.rules = rules;
	}

	/**
	 * Sets the plan's outcomes and the review date; a plan is made once and then
	 * reviewed.
	 */
	@Transactional
	Episode makePlan(UUID episodeId, List<String> outcomes, Integer reviewIntervalWeeks, Practitioner by) {
		Episode episode = episodes.requireOpen(episodeId);
		List<FieldProblem> problems = new ArrayList<>();
		List<String> wanted = outcomes == null ? List.of() : outcomes;
		if (wanted.isEmpty()) {
			problems
				.add(new FieldProblem("outcomes", "Write at least one outcome: what will be different for the child"));
		}
		for (int i = 0; i < wanted.size(); i++) {
			if (EpisodeRules.isBlank(wanted.get(i))) {
				problems.add(new FieldProblem("outcomes[" + i + "]", "Write what will be different for the child"));
			}
			else {
				MaxLength.problem("outcomes[" + i + "]", wanted.get(i), 1000, "An outcome").ifPresent(problems::add);
			}
		}
		int weeks = reviewIntervalWeeks == null ? episode.reviewIntervalWeeks() : reviewIntervalWeeks;
		if (weeks < 1 || weeks > 26) {
			problems.add(new FieldProblem("reviewIntervalWeeks", "Review the plan every 1 to 26 weeks"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<Plans.Outcome> current = outcomes(episodeId);
		int version = current.isEmpty() ? 1 : planVersion(episodeId) + 1;
		revise(episodeId, current, wanted.stream().map(String::strip).toList(), version);
		LocalDate due = rules.reviewDue(today(), weeks);
		db.sql("UPDATE episode SET review_interval_weeks = ?, next_review_on = ? WHERE id = ?")
			.params(weeks, due, episodeId)
			.update();
		StringBuilder text = new StringBuilder(
				version == 1 ? "Early help plan." : "Early help plan revised (version " + version + ").");
		text.append(" What will be different for the child:");
		for (int i = 0; i < wanted.size(); i++) {
			text.append(' ').append(i + 1).append(". ").append(wanted.get(i).strip());
		}
		text.append(" Reviewed every ").append(weeks).append(" weeks.");
		chronology.write(episode, EntryType.PLAN, text.toString(), by);
		return episodes.get(episodeId);
	}

	/**
	 * A revision keeps an outcome whose words are unchanged (its scores go on), drops the
	 * ones no longer wanted and adds the new ones; earlier versions stay readable.
	 */
	private void revise(UUID episodeId, List<Plans.Outcome> current, List<String> wanted, int version) {
		Map<String, Plans.Outcome> kept = new HashMap<>();
		current.forEach(o -> kept.put(o.description(), o));
		for (Plans.Outcome o : current) {
			if (!wanted.contains(o.description())) {
				db.sql("UPDATE episode_outcome SET dropped_in_version = ? WHERE id = ?")
					.params(version, o.id())
					.update();
			}
		}
		Instant now = clock.instant();
		for (int i = 0; i < wanted.size(); i++) {
			Plans.Outcome same = kept.remove(wanted.get(i));
			if (same != null) {
				db.sql("UPDATE episode_outcome SET position = ? WHERE id = ?").params(i + 1, same.id()).update();
			}
			else {
				db.sql("""
						INSERT INTO episode_outcome (id, episode_id, position, first_position, description, created_at,
						    plan_version) VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), episodeId, i + 1, i + 1, wanted.get(i), Episodes.utc(now), version)
					.update();
			}
		}
	}

	private int planVersion(UUID episodeId) {
		return db.sql("SELECT MAX(plan_version) FROM episode_outcome WHERE episode_id = ?")
			.param(episodeId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Every version of the plan, the first first, each with the outcomes it held: those
	 * it kept, then those it added, each in the order it was first written.
	 */
	List<Plans.Version> planVersions(UUID episodeId) {
		record Row(int from, Integer droppedIn, int position, String description, Instant createdAt) {
		}
		List<Row> rows = db.sql("""
				SELECT plan_version, dropped_in_version, position, description, created_at
				FROM episode_outcome WHERE episode_id = ? ORDER BY plan_version, first_position""")
			.param(episodeId)
			.query((rs, n) -> new Row(rs.getInt("plan_version"), (Integer) rs.getObject("dropped_in_version"),
					rs.getInt("position"), rs.getString("description"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		int last = rows.stream().mapToInt(Row::from).max().orElse(0);
		List<Plans.Version> versions = new ArrayList<>();
		for (int v = 1; v <= last; v++) {
			int version = v;
			List<Row> held = rows.stream()
				.filter(r -> r.from() <= version && (r.droppedIn() == null || r.droppedIn() > version))
				.toList();
			Instant madeAt = rows.stream()
				.filter(r -> r.from() == version)
				.map(Row::createdAt)
				.min(Instant::compareTo)
				.orElse(null);
			versions.add(new Plans.Version(version, madeAt, held.stream().map(Row::description).toList()));
		}
		return versions;
	}

	/** Scores every outcome 0 to 10 and sets the next review date. */
	@Transactional
	Plans.Review review(UUID episodeId, LocalDate heldOn, List<Score> scores, String whatChanged, Practitioner by) {
		Episode episode = episodes.requireOpen(episodeId);
		List<Plans.Outcome> outcomes = outcomes(episodeId);
		if (outcomes.isEmpty()) {
			throw new Conflict("scores", "Make a plan with outcomes before reviewing it");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (heldOn == null) {
			problems.add(new FieldProblem("heldOn", "Enter the date of the review"));
		}
		else if (heldOn.isAfter(today())) {
			problems.add(new FieldProblem("heldOn", "The review date must be today or in the past"));
		}
		if (EpisodeRules.isBlank(whatChanged)) {
			problems.add(new FieldProblem("whatChanged",
					"Say what has changed for the child since the plan or last review"));
		}
		MaxLength.problem("whatChanged", whatChanged, MAX_LONG_TEXT, "What changed").ifPresent(problems::add);
		Map<UUID, Integer> scored = new LinkedHashMap<>();
		List<Score> given = scores == null ? List.of() : scores;
		Set<UUID> outcomeIds = new HashSet<>(outcomes.stream().map(Plans.Outcome::id).toList());
		for (int i = 0; i < given.size(); i++) {
			Score s = given.get(i);
			if (s == null || s.outcomeId() == null || !outcomeIds.contains(s.outcomeId())) {
				problems
					.add(new FieldProblem("scores[" + i + "].outcomeId", "Choose an outcome of this episode's plan"));
			}
			else if (s.score() == null || s.score() < 0 || s.score() > 10) {
				problems.add(new FieldProblem("scores[" + i + "].score",
						"Score progress from 0 (none) to 10 (outcome met)"));
			}
			else if (scored.put(s.outcomeId(), s.score()) != null) {
				problems.add(new FieldProblem("scores[" + i + "].outcomeId", "Score each outcome once"));
			}
		}
		if (problems.isEmpty() && !scored.keySet().containsAll(outcomeIds)) {
			problems.add(new FieldProblem("scores", "Score progress on every outcome of the plan"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		db.sql("INSERT INTO episode_review (id, episode_id, held_on, what_changed, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, episodeId, heldOn, whatChanged.strip(), Episodes.utc(clock.instant()), by.id())
			.update();
		scored.forEach((outcome, score) -> db
			.sql("INSERT INTO episode_review_score (review_id, outcome_id, score) VALUES (?, ?, ?)")
			.params(id, outcome, score)
			.update());
		db.sql("UPDATE episode SET next_review_on = ? WHERE id = ?")
			.params(rules.reviewDue(heldOn, episode.reviewIntervalWeeks()), episodeId)
			.update();
		StringBuilder text = new StringBuilder("Early help review. Progress (0 to 10):");
		for (Plans.Outcome o : outcomes) {
			text.append(' ').append(o.description()).append(": ").append(scored.get(o.id())).append('.');
		}
		text.append(" What changed: ").append(whatChanged.strip());
		chronology.write(episode, EntryType.EARLY_HELP_REVIEW, text.toString(), by);
		return reviews(episodeId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	Plans.Action addAction(UUID episodeId, NewAction input, Practitioner by) {
		episodes.requireOpen(episodeId);
		List<FieldProblem> problems = new ArrayList<>();
		if (EpisodeRules.isBlank(input.description())) {
			problems.add(new FieldProblem("description", "Say what will be done"));
		}
		MaxLength.problem("description", input.description(), 1000, "The action").ifPresent(problems::add);
		if (input.ownerId() == null || practitioners.find(input.ownerId()).filter(p -> !p.isSystem()).isEmpty()) {
			problems.add(new FieldProblem("ownerId", "Choose the practitioner who will do it"));
		}
		if (input.dueDate() == null) {
			problems.add(new FieldProblem("dueDate", "Enter the date it is due"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO episode_action (id, episode_id, description, owner_id, due_on, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(id, episodeId, input.description().strip(), input.ownerId(), input.dueDate(),
					Episodes.utc(clock.instant()), Episodes.utc(clock.instant()))
			.update();
		return action(id);
	}

	/**
	 * Changes an action's status, owner or due date; fields left null stay as they are.
	 */
	@Transactional
	Plans.Action updateAction(UUID actionId, Plans.ActionStatus status, UUID ownerId, LocalDate dueDate) {
		Plans.Action action = action(actionId);
		episodes.requireOpen(action.episodeId());
		if (ownerId != null && practitioners.find(ownerId).filter(p -> !p.isSystem()).isEmpty()) {
			throw new InvalidInput("ownerId", "Choose the practitioner who will do it");
		}
		if (status == null && ownerId == null && dueDate == null) {
			throw new InvalidInput("status", "Send the status, owner or due date to change");
		}
		db.sql("UPDATE episode_action SET status = ?, owner_id = ?, due_on = ?, updated_at = ? WHERE id = ?")
			.params((status == null ? action.status() : status).name(), ownerId == null ? action.ownerId() : ownerId,
					dueDate == null ? action.dueDate() : dueDate, Episodes.utc(clock.instant()), actionId)
			.update();
		return action(actionId);
	}

	@Transactional
	Plans.Meeting recordMeeting(UUID episodeId, NewMeeting input, Practitioner by) {
		Episode episode = episodes.requireOpen(episodeId);
		List<FieldProblem> problems = new ArrayList<>();
		if (input.heldAt() == null) {
			problems.add(new FieldProblem("heldAt", "Enter when the meeting was held"));
		}
		else if (input.heldAt().isAfter(clock.instant())) {
			problems.add(new FieldProblem("heldAt", "Record a meeting once it has been held"));
		}
		List<String> attended = names(input.attended());
		List<String> absent = names(input.invitedNotAttended());
		if (attended.isEmpty()) {
			problems.add(new FieldProblem("attended", "Say who came to the meeting"));
		}
		if (EpisodeRules.isBlank(input.decisions())) {
			problems.add(new FieldProblem("decisions", "Record what the meeting decided"));
		}
		MaxLength.problem("attended", String.join("\n", attended), 4000, "The list of who came")
			.ifPresent(problems::add);
		MaxLength.problem("invitedNotAttended", String.join("\n", absent), 4000, "The list of who did not come")
			.ifPresent(problems::add);
		MaxLength.problem("childsViews", input.childsViews(), MAX_LONG_TEXT, "The child's views")
			.ifPresent(problems::add);
		MaxLength.problem("familyViews", input.familyViews(), MAX_LONG_TEXT, "The family's views")
			.ifPresent(problems::add);
		MaxLength.problem("decisions", input.decisions(), MAX_LONG_TEXT, "The decisions").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO episode_meeting (id, episode_id, held_at, attended, invited_not_attended, childs_views,
				    family_views, decisions, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, episodeId, Episodes.utc(input.heldAt()), String.join("\n", attended),
					absent.isEmpty() ? null : String.join("\n", absent), Episodes.blankToNull(input.childsViews()),
					Episodes.blankToNull(input.familyViews()), input.decisions().strip(), Episodes.utc(clock.instant()),
					by.id())
			.update();
		StringBuilder text = new StringBuilder("Team around the family meeting. Came: ")
			.append(String.join(", ", attended))
			.append('.');
		if (!absent.isEmpty()) {
			text.append(" Invited, did not come: ").append(String.join(", ", absent)).append('.');
		}
		if (!EpisodeRules.isBlank(input.childsViews())) {
			text.append(" The child's views: ").append(input.childsViews().strip());
		}
		if (!EpisodeRules.isBlank(input.familyViews())) {
			text.append(" The family's views: ").append(input.familyViews().strip());
		}
		text.append(" Decisions: ").append(input.decisions().strip());
		chronology.write(episode, EntryType.MEETING, text.toString(), by);
		return meetings(episodeId).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	List<Plans.Outcome> outcomes(UUID episodeId) {
		return db.sql("""
				SELECT id, position, description FROM episode_outcome
				WHERE episode_id = ? AND dropped_in_version IS NULL ORDER BY position""")
			.param(episodeId)
			.query((rs, row) -> new Plans.Outcome(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("description")))
			.list();
	}

	/** Oldest first, as a chart reads. */
	List<Plans.Review> reviews(UUID episodeId) {
		Map<UUID, Map<UUID, Integer>> scores = new HashMap<>();
		db.sql("""
				SELECT s.review_id, s.outcome_id, s.score FROM episode_review_score s
				JOIN episode_review r ON r.id = s.review_id WHERE r.episode_id = ?""").param(episodeId).query(rs -> {
			scores.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new HashMap<>())
				.put(rs.getObject("outcome_id", UUID.class), rs.getInt("score"));
		});
		return db.sql("SELECT * FROM episode_review WHERE episode_id = ? ORDER BY held_on, recorded_at")
			.param(episodeId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Plans.Review(id, rs.getObject("held_on", LocalDate.class), rs.getString("what_changed"),
						Map.copyOf(scores.getOrDefault(id, Map.of())), Episode.instant(rs, "recorded_at"),
						rs.getObject("recorded_by", UUID.class));
			})
			.list();
	}

	List<Plans.Action> actions(UUID episodeId) {
		return db.sql("SELECT * FROM episode_action WHERE episode_id = ? ORDER BY due_on, id")
			.param(episodeId)
			.query(EpisodeWork::action)
			.list();
	}

	/**
	 * Open actions past their due date that this practitioner owns or, as lead
	 * professional, oversees.
	 */
	List<Plans.Action> overdueFor(UUID practitionerId, int limit) {
		return db.sql("""
				SELECT a.* FROM episode_action a JOIN episode e ON e.id = a.episode_id
				WHERE a.status = 'OPEN' AND a.due_on < :today AND e.status <> 'CLOSED'
				  AND (a.owner_id = :me OR e.lead_professional_id = :me)
				ORDER BY a.due_on, a.id LIMIT :limit""")
			.param("today", today())
			.param("me", practitionerId)
			.param("limit", limit)
			.query(EpisodeWork::action)
			.list();
	}

	/** Newest first. */
	List<Plans.Meeting> meetings(UUID episodeId) {
		return db.sql("SELECT * FROM episode_meeting WHERE episode_id = ? ORDER BY held_at DESC, id")
			.param(episodeId)
			.query((rs, row) -> new Plans.Meeting(rs.getObject("id", UUID.class), Episode.instant(rs, "held_at"),
					lines(rs.getString("attended")), lines(rs.getString("invited_not_attended")),
					rs.getString("childs_views"), rs.getString("family_views"), rs.getString("decisions"),
					rs.getObject("recorded_by", UUID.class)))
			.list();
	}

	Plans.Action action(UUID id) {
		return db.sql("SELECT * FROM episode_action WHERE id = ?")
			.param(id)
			.query(EpisodeWork::action)
			.optional()
			.orElseThrow(() -> new NotFound("Action " + id));
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private static Plans.Action action(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Plans.Action(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
				rs.getString("description"), rs.getObject("owner_id", UUID.class),
				rs.getObject("due_on", LocalDate.class), Plans.ActionStatus.valueOf(rs.getString("status")),
				Episode.instant(rs, "updated_at"));
	}

	private static List<String> names(List<String> names) {
		return names == null ? List.of()
				: names.stream().filter(n -> !EpisodeRules.isBlank(n)).map(String::strip).toList();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.asList(text.split("\n"));
	}

}
