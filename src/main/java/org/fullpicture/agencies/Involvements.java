package org.fullpicture.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
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

	/** Every involvement with any of these records (of one person, merged), current first. */
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

	public boolean isActiveForAny(java.util.Collection<UUID> personIds, UUID agencyId) {
		LocalDate today = LocalDate.now(clock);
		return db.sql("""
				SELECT COUNT(*) FROM involvement WHERE person_id IN (:ids) AND agency_id = :agency
				AND from_date <= :today AND (to_date IS NULL OR to_date >= :today)""")
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
		return db.sql("""
				SELECT person_id FROM involvement
				WHERE (practitioner_id = ? OR agency_id = ?) AND (to_date IS NULL OR to_date >= ?)
				GROUP BY person_id ORDER BY MAX(from_date) DESC LIMIT ?""")
			.params(practitionerId, agencyId, today, limit)
			.query(UUID.class)
			.list();
	}

	@Transactional
	public Involvement add(UUID personId, UUID agencyId, UUID practitionerId, LocalDate from, LocalDate to,
			String reason) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (agencies.find(agencyId).isEmpty()) {
			problems.add(new FieldProblem("agencyId", "Choose an agency that is recorded"));
		}
		if (practitionerId != null && practitioners.find(practitionerId).isEmpty()) {
			problems.add(new FieldProblem("practitionerId", "Choose a practitioner who is recorded, or leave it out"));
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
		else {
			MaxLength.problem("reason", reason, 500, "The reason").ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO involvement (id, person_id, agency_id, practitioner_id, from_date, to_date, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, personId, agencyId, practitionerId, from, to, reason).update();
		return of(personId).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
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

	/** Recording about a child makes the recorder's agency involved, if it was not already. */
	@Transactional
	public void ensureInvolved(UUID personId, UUID agencyId, UUID practitionerId, String reason) {
		ensureInvolved(List.of(personId), agencyId, practitionerId, reason);
	}

	/** Recording about children makes the recorder's agency involved with each, if it was not already. */
	@Transactional
	public void ensureInvolved(Collection<UUID> personIds, UUID agencyId, UUID practitionerId, String reason) {
		if (personIds.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Set<UUID> involved = Set.copyOf(db.sql("""
				SELECT person_id FROM involvement WHERE agency_id = :agency AND person_id IN (:people)
				AND from_date <= :today AND (to_date IS NULL OR to_date >= :today)""")
			.param("agency", agencyId)
			.param("people", personIds)
			.param("today", today)
			.query(UUID.class)
			.list());
		personIds.stream()
			.filter(id -> !involved.contains(id))
			.forEach(id -> add(id, agencyId, practitionerId, today, null, reason));
	}

	static Involvement involvement(ResultSet rs, int row) throws SQLException {
		Agency agency = new Agency(rs.getObject("agency_id", UUID.class), rs.getString("name"),
				AgencyType.valueOf(rs.getString("type")), rs.getString("safeguarding_contact"),
				rs.getString("safeguarding_email"), rs.getString("safeguarding_phone"));
		return new Involvement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), agency,
				rs.getObject("practitioner_id", UUID.class), rs.getString("practitioner_name"),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getString("reason"));
	}

}
