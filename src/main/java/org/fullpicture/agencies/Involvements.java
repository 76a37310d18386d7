package org.fullpicture.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Involvements {

	private static final String SELECT = """
			SELECT i.*, a.name, a.type, a.safeguarding_contact, a.safeguarding_email, a.safeguarding_phone,
			       p.display_name AS practitioner_name
			FROM involvement i JOIN agency a ON a.id = i.agency_id
			LEFT JOIN practitioner p ON p.id = i.practitioner_id
			""";

	private final JdbcClient db;

	private final Agencies agencies;

	private final Clock clock;

	private final Practitioners practitioners;

	Involvements(JdbcClient db, Agencies agencies, Clock clock, Practitioners practitioners) {
		this.practitioners = practitioners;
		this.db = db;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Every involvement with the child, current first. */
	public List<Involvement> of(UUID personId) {
		return ofAny(List.of(personId));
	}

	public List<Involvement> activeOf(UUID personId) {
		return activeOfAny(List.of(personId));
	}

	/**
	 * Every involvement with any of these records (of one person, merged), current first.
	 */
	public List<Involvement> ofAny(java.util.Collection<UUID> personIds) {
		return db.sql(SELECT + " WHERE i.person_id IN (:ids) ORDER BY i.to_date DESC NULLS FIRST, i.from_date DESC")
			.param("ids", personIds)
			.query(Involvements::involvement)
			.list();
	}

	public List<Involvement> activeOfAny(java.util.Collection<UUID> personIds) {
		LocalDate today = LocalDate.now(clock);
		return ofAny(personIds).stream().filter(i -> i.isActiveOn(today)).toList();
	}

	/**
	 * Whether the agency currently works with any of these records, on a basis that gives
	 * grounds to read.
	 */
	public boolean isActiveForAny(java.util.Collection<UUID> personIds, UUID agencyId) {
		LocalDate today = LocalDate.now(clock);
		return db.sql("""
				SELECT COUNT(*) FROM involvement WHERE person_id IN (:ids) AND agency_id = :agency
				AND basis <> 'RECORDED' AND from_date <= :today AND (to_date IS NULL OR to_date >= :today)""")
			.param("ids", personIds)
			.param("agency", agencyId)
			.param("today", today)
			.query(Long.class)
			.single() > 0;
	}

	public boolean isActive(UUID personId, UUID agencyId) {
		return isActiveForAny(List.of(personId), agencyId);
	}

	/** The children a practitioner or their agency currently works with, newest first. */
	public List<UUID> childrenOf(UUID practitionerId, UUID agencyId, int limit) {
		LocalDate today = LocalDate.now(clock);
		return db
			.sql("""
					SELECT person_id FROM involvement
					WHERE (practitioner_id = ? OR agency_id = ?) AND basis <> 'RECORDED' AND (to_date IS NULL OR to_date >= ?)
					GROUP BY person_id ORDER BY MAX(from_date) DESC LIMIT ?""")
			.params(practitionerId, agencyId, today, limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Starts an involvement. It names a practitioner of that agency (a workflow may leave
	 * it out when the agency has nobody to name), and the agency must not already be
	 * involved with the child over the same dates.
	 */
	@Transactional
	public Involvement add(UUID personId, UUID agencyId, UUID practitionerId, LocalDate from, LocalDate to,
			String reason, InvolvementBasis basis, UUID recordedBy) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (agencyId == null || agencies.find(agencyId).isEmpty()) {
			problems.add(new FieldProblem("agencyId", "Choose an agency that is recorded"));
		}
		if (practitionerId == null) {
			if (basis != InvolvementBasis.WORKFLOW) {
				problems.add(new FieldProblem("practitionerId", "Name the practitioner who works with the child"));
			}
		}
		else if (practitioners.find(practitionerId).filter(p -> p.agencyId().equals(agencyId)).isEmpty()) {
			problems.add(new FieldProblem("practitionerId", "Choose a practitioner of the agency that is involved"));
		}
		LocalDate today = LocalDate.now(clock);
		if (from == null) {
			problems.add(new FieldProblem("from", "Enter the date the involvement started"));
		}
		else {
			DateRange.problem("from", from, DateRange.EARLIEST, today.plusYears(1), today, "The start date")
				.ifPresent(problems::add);
		}
		DateRange.problem("to", to, DateRange.EARLIEST, today.plusYears(1), today, "The end date")
			.ifPresent(problems::add);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "The end date must be the same as or after the start date"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "Enter why the agency is involved"));
		}
		else if (basis == InvolvementBasis.DECLARED && !isWords(reason)) {
			problems.add(new FieldProblem("reason",
					"Explain in words why your agency works with the child, not a number or a reference"));
		}
		else {
			MaxLength.problem("reason", reason.strip(), 500, "The reason").ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (overlapping(personId, agencyId, from, to)) {
			throw new Conflict("agencyId", "This agency is already involved with the child over these dates");
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO involvement (id, person_id, agency_id, practitioner_id, from_date, to_date, reason, basis,
				    recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, personId, agencyId, practitionerId, from, to, reason.strip(), basis.name(), recordedBy,
					OffsetDateTime.now(clock))
			.update();
		return get(id);
	}

	/**
	 * A reason is words: at least three of them with letters, so that a number or a
	 * reference does not pass.
	 */
	static boolean isWords(String reason) {
		return java.util.Arrays.stream(reason.strip().split("\\s+"))
			.filter(word -> word.codePoints().filter(Character::isLetter).count() >= 2)
			.count() >= 3;
	}

	private boolean overlapping(UUID personId, UUID agencyId, LocalDate from, LocalDate to) {
		return db.sql("""
				SELECT COUNT(*) FROM involvement WHERE person_id = :person AND agency_id = :agency
				AND basis <> 'RECORDED' AND (to_date IS NULL OR to_date >= :from)
				AND (CAST(:to AS DATE) IS NULL OR from_date <= :to)""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A workflow (a school place, a front door decision) makes the agency involved,
	 * unless it already is: the practitioner is the one the workflow names, or none.
	 */
	@Transactional
	public void startByWorkflow(UUID personId, UUID agencyId, UUID practitionerId, String reason, UUID recordedBy) {
		if (!isActive(personId, agencyId)) {
			add(personId, agencyId, practitionerId, LocalDate.now(clock), null, reason, InvolvementBasis.WORKFLOW,
					recordedBy);
		}
	}

	public Involvement get(UUID id) {
		return db.sql(SELECT + " WHERE i.id = ?")
			.param(id)
			.query(Involvements::involvement)
			.optional()
			.orElseThrow(() -> new org.fullpicture.shared.NotFound("Involvement " + id));
	}

	/** The agency stops working with the child on the given day (today if none). */
	@Transactional
	public Involvement end(UUID id, LocalDate to) {
		Involvement involvement = get(id);
		LocalDate today = LocalDate.now(clock);
		LocalDate last = to == null ? today : to;
		if (involvement.to() != null) {
			throw new org.fullpicture.shared.Conflict("to", "This involvement has already ended");
		}
		DateRange.require("to", to, DateRange.EARLIEST, today.plusYears(1), today, "The end date");
		if (last.isBefore(involvement.from())) {
			throw new InvalidInput("to", "The end date must be the same as or after the start date");
		}
		db.sql("UPDATE involvement SET to_date = ? WHERE id = ?").params(last, id).update();
		return get(id);
	}

	/**
	 * A practitioner's declaration of their own agency's involvement, and its review once
	 * someone has made it.
	 */
	public record Declaration(Involvement involvement, String declaredBy, UUID declaredByAgencyId, String reviewedBy,
			Instant reviewedAt, String outcome) {

		public boolean reviewed() {
			return reviewedAt != null;
		}

	}

	/**
	 * Declarations newest first: of one agency's staff, or of everyone's when no agency
	 * is given.
	 */
	public PageOf<Declaration> declarations(UUID agencyId, boolean onlyUnreviewed, int page, int size) {
		String where = " WHERE i.basis = 'DECLARED' AND (CAST(:agency AS UUID) IS NULL OR d.agency_id = :agency)"
				+ (onlyUnreviewed ? " AND r.involvement_id IS NULL" : "");
		String from = """
				 FROM involvement i JOIN agency a ON a.id = i.agency_id
				LEFT JOIN practitioner p ON p.id = i.practitioner_id
				JOIN practitioner d ON d.id = i.recorded_by
				LEFT JOIN involvement_review r ON r.involvement_id = i.id
				LEFT JOIN practitioner rp ON rp.id = r.reviewed_by""";
		long total = db.sql("SELECT COUNT(*)" + from + where).param("agency", agencyId).query(Long.class).single();
		var items = db
			.sql("""
					SELECT i.*, a.name, a.type, a.safeguarding_contact, a.safeguarding_email, a.safeguarding_phone,
					       p.display_name AS practitioner_name, d.display_name AS declared_by, d.agency_id AS declared_by_agency,
					       rp.display_name AS reviewer, r.reviewed_at, r.outcome"""
					+ from + where + " ORDER BY i.recorded_at DESC, i.id LIMIT :limit OFFSET :offset")
			.param("agency", agencyId)
			.param("limit", size)
			.param("offset", (page - 1) * size)
			.query((rs, row) -> {
				OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
				return new Declaration(involvement(rs, row), rs.getString("declared_by"),
						rs.getObject("declared_by_agency", UUID.class), rs.getString("reviewer"),
						reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("outcome"));
			})
			.list();
		return new PageOf<>(items, page, size, total);
	}

	/**
	 * Records the review of a declaration; the caller has checked that the reviewer may
	 * review it.
	 */
	@Transactional
	public void recordReview(UUID involvementId, UUID reviewerId, String outcome) {
		if (db.sql("SELECT COUNT(*) FROM involvement_review WHERE involvement_id = ?")
			.param(involvementId)
			.query(Long.class)
			.single() > 0) {
			throw new Conflict("outcome", "This declaration has already been reviewed");
		}
		db.sql("INSERT INTO involvement_review (involvement_id, reviewed_by, reviewed_at, outcome) VALUES (?, ?, ?, ?)")
			.params(involvementId, reviewerId, OffsetDateTime.now(clock), outcome)
			.update();
	}

	static Involvement involvement(ResultSet rs, int row) throws SQLException {
		OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
		Agency agency = new Agency(rs.getObject("agency_id", UUID.class), rs.getString("name"),
				AgencyType.valueOf(rs.getString("type")), rs.getString("safeguarding_contact"),
				rs.getString("safeguarding_email"), rs.getString("safeguarding_phone"));
		return new Involvement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), agency,
				rs.getObject("practitioner_id", UUID.class), rs.getString("practitioner_name"),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getString("reason"), InvolvementBasis.valueOf(rs.getString("basis")),
				rs.getObject("recorded_by", UUID.class), recordedAt == null ? null : recordedAt.toInstant());
	}

}
