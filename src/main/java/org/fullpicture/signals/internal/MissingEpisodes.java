package org.fullpicture.signals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.Deadline;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.People;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing episodes: the report, the return, and the return home interview, each also
 * written to the chronology in plain words. The 72-hour clock runs from the return, on
 * the one calendar.
 */
@Service
public class MissingEpisodes {

	static final Set<String> RISKS = Set.of("LOW", "MEDIUM", "HIGH");

	static final Set<String> INTERVIEW_OUTCOMES = Set.of("ACCEPTED", "DECLINED");

	static final String RULE_ID = "missing-return-interview-overdue";

	record Report(UUID childId, Instant missingAt, String lastSeen, String risk) {
	}

	record Return(UUID episodeId, UUID missingEntryId, Instant missingAt, UUID returnEntryId, Instant returnedAt) {
	}

	record ReturnReport(Instant returnedAt, String foundAt, String foundWith) {
	}

	record Interview(Instant offeredAt, String outcome, Instant conductedAt, String conductedBy, Boolean independent,
			String pushFactors, String pullFactors, String exploitationIndicators, String findings) {
	}

	/** One episode as the pages show it, with its return home interview clock. */
	public record Episode(UUID id, UUID personId, Instant missingAt, String lastSeen, String risk, Instant returnedAt,
			String foundAt, String foundWith, Instant interviewDue, Instant offeredAt, String outcome,
			Instant conductedAt, String interviewer) {

		public boolean returned() {
			return returnedAt != null;
		}

		public boolean interviewOffered() {
			return offeredAt != null;
		}

		public boolean overdue(Instant now) {
			return returned() && !interviewOffered() && interviewDue != null && now.isAfter(interviewDue);
		}

		public boolean offeredInTime() {
			return interviewOffered() && !offeredAt.isAfter(interviewDue);
		}

	}

	/**
	 * Returns in one month, and how many had their interview offered within the 72 hours.
	 */
	public record Month(YearMonth month, int returns, int offeredInTime, int conductedInTime) {

		public int percentInTime() {
			return returns == 0 ? 0 : Math.round(100f * offeredInTime / returns);
		}

	}

	/**
	 * Return home interviews not yet offered: how many are still within their 72 hours,
	 * how many are past them, and when the next one falls due.
	 */
	public record InterviewClock(long due, long overdue, Instant nextDue) {

		public boolean isEmpty() {
			return due + overdue == 0;
		}

	}

	private final JdbcClient db;

	private final Chronology chronology;

	private final People people;

	private final AccessPolicy policy;

	private final WorkingCalendar calendar;

	private final RuleBook rules;

	private final Clock clock;

	MissingEpisodes(JdbcClient db, Chronology chronology, People people, AccessPolicy policy, WorkingCalendar calendar,
			RuleBook rules, Clock clock) {
		this.db = db;
		this.chronology = chronology;
		this.people = people;
		this.policy = policy;
		this.calendar = calendar;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The interviews waiting to be offered: every one, for the MASH and managers; or
	 * those of episodes an agency reported or about the children it works with.
	 */
	InterviewClock interviewClock(boolean all, UUID agencyId, Collection<UUID> childrenOfAgency) {
		StringBuilder sql = new StringBuilder(
				"SELECT interview_due_at FROM signal_missing_episode WHERE returned_at IS NOT NULL AND interview_offered_at IS NULL");
		Map<String, Object> params = new java.util.HashMap<>();
		if (!all) {
			sql.append(" AND (reported_by_agency = :agency");
			params.put("agency", agencyId);
			if (!childrenOfAgency.isEmpty()) {
				sql.append(" OR person_id IN (:children)");
				params.put("children", childrenOfAgency);
			}
			sql.append(")");
		}
		Instant now = clock.instant();
		List<Instant> dues = db.sql(sql.toString())
			.params(params)
			.query((rs, row) -> instant(rs, "interview_due_at"))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		long overdue = dues.stream().filter(now::isAfter).count();
		Instant next = dues.stream().filter(due -> !now.isAfter(due)).min(Instant::compareTo).orElse(null);
		return new InterviewClock(dues.size() - overdue, overdue, next);
	}

	/**
	 * Anyone may report a child missing, as anyone may record a concern; reporting gives
	 * no grounds to read.
	 */
	@Transactional
	UUID report(Report report, Practitioner by) {
		List<FieldProblem> problems = new ArrayList<>();
		if (report.childId() == null) {
			problems.add(new FieldProblem("childId", "Choose the child who is missing"));
		}
		else if (people.find(report.childId()).isEmpty()) {
			problems.add(new FieldProblem("childId", "The child must already be recorded"));
		}
		pastTime(problems, "missingAt", report.missingAt(), "when the child went missing", null, null);
		required(problems, "lastSeen", report.lastSeen(), 500, "where the child was last seen");
		if (report.risk() == null || !RISKS.contains(report.risk())) {
			problems.add(new FieldProblem("risk", "Choose the risk: LOW, MEDIUM or HIGH"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID entry = write(report.childId(), EntryType.MISSING, report.missingAt(), "Reported missing. Last seen: "
				+ report.lastSeen().strip() + ". Risk graded " + report.risk().toLowerCase(java.util.Locale.ROOT) + ".",
				List.of("10A"), by);
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO signal_missing_episode (id, person_id, reported_by, reported_by_agency, recorded_at, missing_at,
				    last_seen, risk, missing_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, report.childId(), by.id(), by.agencyId(), utc(clock.instant()), utc(report.missingAt()),
					report.lastSeen().strip(), report.risk(), entry)
			.update();
		return id;
	}

	@Transactional
	void returned(UUID id, ReturnReport input, Practitioner by) {
		Episode episode = mayUpdate(id, by);
		if (episode.returned()) {
			throw new Conflict("returnedAt", "The child's return has already been recorded");
		}
		List<FieldProblem> problems = new ArrayList<>();
		pastTime(problems, "returnedAt", input.returnedAt(), "when the child came back", episode.missingAt(),
				"when the child went missing");
		required(problems, "foundAt", input.foundAt(), 500, "where the child was found");
		MaxLength.problem("foundWith", input.foundWith(), 500, "Who the child was with").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String with = input.foundWith() == null || input.foundWith().isBlank() ? ""
				: " With: " + input.foundWith().strip() + ".";
		UUID entry = write(episode.personId(), EntryType.RETURNED_AFTER_MISSING, input.returnedAt(),
				"Returned after going missing. Found at: " + input.foundAt().strip() + "." + with, List.of(), by);
		Deadline due = calendar.hoursFrom(input.returnedAt(), Duration.ofHours(dueHours()));
		db.sql("""
				UPDATE signal_missing_episode SET returned_at = ?, found_at = ?, found_with = ?, return_entry_id = ?,
				    interview_due_at = ? WHERE id = ?""")
			.params(utc(input.returnedAt()), input.foundAt().strip(), blankToNull(input.foundWith()), entry,
					utc(due.due()), id)
			.update();
	}

	@Transactional
	void interview(UUID id, Interview input, Practitioner by) {
		Episode episode = mayUpdate(id, by);
		if (!episode.returned()) {
			throw new Conflict("returnedAt", "Record the child's return before the return home interview");
		}
		if (episode.interviewOffered()) {
			throw new Conflict("offeredAt", "The return home interview has already been recorded");
		}
		List<FieldProblem> problems = new ArrayList<>();
		pastTime(problems, "offeredAt", input.offeredAt(), "when the interview was offered", episode.returnedAt(),
				"the child's return");
		boolean accepted = "ACCEPTED".equals(input.outcome());
		if (input.outcome() == null || !INTERVIEW_OUTCOMES.contains(input.outcome())) {
			problems.add(new FieldProblem("outcome", "Choose whether the child ACCEPTED or DECLINED the interview"));
		}
		if (accepted) {
			pastTime(problems, "conductedAt", input.conductedAt(), "when the interview took place",
					episode.returnedAt(), "the child's return");
			required(problems, "conductedBy", input.conductedBy(), 200, "who did the interview");
			if (!Boolean.TRUE.equals(input.independent())) {
				problems.add(new FieldProblem("independent",
						"The interview must be done by someone independent of the child's care and of the police search"));
			}
			required(problems, "findings", input.findings(), 5000, "what the child said and what was found");
		}
		MaxLength.problem("pushFactors", input.pushFactors(), 2000, "Push factors").ifPresent(problems::add);
		MaxLength.problem("pullFactors", input.pullFactors(), 2000, "Pull factors").ifPresent(problems::add);
		MaxLength.problem("exploitationIndicators", input.exploitationIndicators(), 2000, "Exploitation indicators")
			.ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		StringBuilder text = new StringBuilder(
				accepted ? "Return home interview by " + input.conductedBy().strip() + " (independent)."
						: "Return home interview offered and declined by the child.");
		appendLine(text, "Push factors", input.pushFactors());
		appendLine(text, "Pull factors", input.pullFactors());
		appendLine(text, "Exploitation indicators", input.exploitationIndicators());
		appendLine(text, "Findings", input.findings());
		UUID entry = write(episode.personId(), EntryType.RETURN_HOME_INTERVIEW,
				accepted ? input.conductedAt() : input.offeredAt(), text.toString(), List.of(), by);
		db.sql("""
				UPDATE signal_missing_episode SET interview_offered_at = ?, interview_outcome = ?, interview_done_at = ?,
				    interviewer = ?, interview_entry_id = ? WHERE id = ?""")
			.params(utc(input.offeredAt()), input.outcome(), accepted ? utc(input.conductedAt()) : null,
					accepted ? input.conductedBy().strip() : null, entry, id)
			.update();
	}

	Episode get(UUID id) {
		return db.sql("SELECT * FROM signal_missing_episode WHERE id = ?")
			.param(id)
			.query(MissingEpisodes::episode)
			.optional()
			.orElseThrow(() -> new NotFound("Missing episode " + id));
	}

	/** A child's episodes, newest first. */
	List<Episode> of(UUID personId) {
		return db.sql("SELECT * FROM signal_missing_episode WHERE person_id = ? ORDER BY missing_at DESC")
			.param(personId)
			.query(MissingEpisodes::episode)
			.list();
	}

	/**
	 * Episodes still open or waiting for their interview, oldest deadline first, then the
	 * latest others.
	 */
	List<Episode> recent(int limit) {
		return db.sql("""
				SELECT * FROM signal_missing_episode
				ORDER BY CASE WHEN interview_offered_at IS NULL THEN 0 ELSE 1 END, interview_due_at, missing_at DESC
				LIMIT :limit""").param("limit", limit).query(MissingEpisodes::episode).list();
	}

	/** The returns of these children whose interview is still not offered. */
	List<Return> waitingForInterview(UUID personId) {
		return db.sql("""
				SELECT * FROM signal_missing_episode
				WHERE person_id = ? AND returned_at IS NOT NULL AND interview_offered_at IS NULL""")
			.param(personId)
			.query((rs, row) -> new Return(rs.getObject("id", UUID.class), rs.getObject("missing_entry_id", UUID.class),
					instant(rs, "missing_at"), rs.getObject("return_entry_id", UUID.class), instant(rs, "returned_at")))
			.list();
	}

	/** Children whose return home interview is past its deadline and not offered. */
	List<UUID> childrenOverdue(Instant now) {
		return db.sql("""
				SELECT DISTINCT person_id FROM signal_missing_episode
				WHERE interview_offered_at IS NULL AND interview_due_at < ?""")
			.param(utc(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Children with a missing episode since then: the evaluation of everyone looks at
	 * them too.
	 */
	List<UUID> childrenSince(Instant since) {
		return db.sql("SELECT DISTINCT person_id FROM signal_missing_episode WHERE missing_at >= ?")
			.param(utc(since))
			.query(UUID.class)
			.list();
	}

	/**
	 * Interviews offered and done within the 72 hours, by month of return (in UK time),
	 * newest first.
	 */
	List<Month> byMonth() {
		Map<YearMonth, int[]> months = new TreeMap<>(java.util.Comparator.reverseOrder());
		db.sql("SELECT returned_at, interview_due_at, interview_offered_at, interview_done_at FROM signal_missing_episode "
				+ "WHERE returned_at IS NOT NULL")
			.query(rs -> {
				YearMonth month = YearMonth.from(instant(rs, "returned_at").atZone(UkTime.ZONE));
				Instant due = instant(rs, "interview_due_at");
				Instant offered = instant(rs, "interview_offered_at");
				Instant done = instant(rs, "interview_done_at");
				int[] counts = months.computeIfAbsent(month, m -> new int[3]);
				counts[0]++;
				counts[1] += offered != null && !offered.isAfter(due) ? 1 : 0;
				counts[2] += done != null && !done.isAfter(due) ? 1 : 0;
			});
		return months.entrySet()
			.stream()
			.map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	private int dueHours() {
		return rules.get(RULE_ID).settings().dueHours();
	}

	/**
	 * The episode, for a form recording its return or interview; refused to those who may
	 * not record them.
	 */
	Episode toUpdate(UUID id, Practitioner by) {
		return mayUpdate(id, by);
	}

	/**
	 * The reporting agency, and anyone who may read the child's record, record the return
	 * and the interview.
	 */
	private Episode mayUpdate(UUID id, Practitioner by) {
		Episode episode = get(id);
		UUID reporterAgency = db.sql("SELECT reported_by_agency FROM signal_missing_episode WHERE id = ?")
			.param(id)
			.query(UUID.class)
			.single();
		if (!by.agencyId().equals(reporterAgency) && !policy.groundsFor(by, episode.personId()).isFull()) {
			throw new AccessDeniedException(
					"Only the agency that reported the episode, or those who may read the child's record");
		}
		return episode;
	}

	private UUID write(UUID childId, EntryType type, Instant at, String text, List<String> factors, Practitioner by) {
		return chronology
			.record(new NewEntry(List.of(childId), type, at, text, factors, Source.PROFESSIONAL, null), by, null)
			.entry()
			.id();
	}

	private void pastTime(List<FieldProblem> problems, String field, Instant at, String what, Instant notBefore,
			String notBeforeWhat) {
		if (at == null) {
			problems.add(new FieldProblem(field, "Enter " + what));
		}
		else if (at.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
			problems.add(new FieldProblem(field, "Enter " + what + ": it must be now or in the past"));
		}
		else if (notBefore != null && at.isBefore(notBefore)) {
			problems.add(new FieldProblem(field, "Enter " + what + ": it must be after " + notBeforeWhat));
		}
		else if (at.isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
			problems.add(new FieldProblem(field, "Enter " + what + ": it must be after 1 January 1900"));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max, String what) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "Enter " + what));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "Enter " + what + " in " + max + " characters or fewer"));
		}
	}

	private static void appendLine(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append('\n').append(label).append(": ").append(value.strip());
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Episode episode(ResultSet rs, int row) throws SQLException {
		return new Episode(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				instant(rs, "missing_at"), rs.getString("last_seen"), rs.getString("risk"), instant(rs, "returned_at"),
				rs.getString("found_at"), rs.getString("found_with"), instant(rs, "interview_due_at"),
				instant(rs, "interview_offered_at"), rs.getString("interview_outcome"),
				instant(rs, "interview_done_at"), rs.getString("interviewer"));
	}

}
