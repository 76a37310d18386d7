package org.fullpicture.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.frontdoor.Challenge;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactCheck;
import org.fullpicture.frontdoor.ContactStatus;
import org.fullpicture.frontdoor.Decision;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Rag;
import org.fullpicture.frontdoor.ReferrerKind;
import org.fullpicture.frontdoor.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads contacts whole (children, checks, decisions, challenges) with one query per part,
 * for one or many contacts.
 */
@Repository
public class ContactRows {

	private static final String CHECKS = "SELECT k.* FROM contact_check k";

	private final JdbcClient db;

	private final Practitioners practitioners;

	private final Agencies agencies;

	ContactRows(JdbcClient db, Practitioners practitioners, Agencies agencies) {
		this.db = db;
		this.practitioners = practitioners;
		this.agencies = agencies;
	}

	/**
	 * Names of the practitioners and agencies in what is read, looked up through the
	 * agencies module (not joined in SQL): those named in many contacts at once, others
	 * as they are met.
	 */
	private final class Names {

		private final Map<UUID, String> people = new HashMap<>();

		private final Map<UUID, String> agencyNames = new HashMap<>();

		Names() {
		}

		Names(Collection<UUID> contactIds) {
			people.putAll(practitioners.displayNamesOf(db
				.sql("""
						SELECT asked_by FROM contact_check WHERE contact_id IN (:ids)
						UNION SELECT answered_by FROM contact_check WHERE contact_id IN (:ids) AND answered_by IS NOT NULL
						UNION SELECT decided_by FROM contact_decision WHERE contact_id IN (:ids)
						UNION SELECT raised_by FROM contact_challenge WHERE contact_id IN (:ids)
						UNION SELECT responded_by FROM contact_challenge WHERE contact_id IN (:ids) AND responded_by IS NOT NULL""")
				.param("ids", contactIds)
				.query(UUID.class)
				.list()));
			agencyNames.putAll(
					agencies.namesOf(db.sql("SELECT DISTINCT agency_id FROM contact_check WHERE contact_id IN (:ids)")
						.param("ids", contactIds)
						.query(UUID.class)
						.list()));
		}

		String person(UUID id) {
			return id == null ? null
					: people.computeIfAbsent(id, key -> practitioners.displayNamesOf(List.of(key)).get(key));
		}

		String agency(UUID id) {
			return agencyNames.computeIfAbsent(id, key -> agencies.namesOf(List.of(key)).get(key));
		}

		ContactCheck check(ResultSet rs, int row) throws SQLException {
			UUID askedBy = rs.getObject("asked_by", UUID.class);
			UUID answeredBy = rs.getObject("answered_by", UUID.class);
			UUID agencyId = rs.getObject("agency_id", UUID.class);
			return new ContactCheck(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class), agencyId,
					agency(agencyId), rs.getString("question"), askedBy, person(askedBy), instant(rs, "asked_at"),
					rs.getString("answer"), answeredBy, person(answeredBy), instant(rs, "answered_at"),
					instant(rs, "closed_at"));
		}

		Decision decision(ResultSet rs, int row) throws SQLException {
			UUID decidedBy = rs.getObject("decided_by", UUID.class);
			return new Decision(rs.getObject("id", UUID.class), rs.getInt("level"),
					DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("rationale"),
					rs.getString("signposted_to"), rs.getObject("signposted_service_id", UUID.class), decidedBy,
					person(decidedBy), instant(rs, "decided_at"), rs.getBoolean("met_due"),
					rs.getBoolean("sign_off_required"), rs.getObject("signed_off_by", UUID.class),
					instant(rs, "signed_off_at"), rs.getObject("returned_by", UUID.class), instant(rs, "returned_at"),
					rs.getString("returned_reason"));
		}

		Challenge challenge(ResultSet rs, int row) throws SQLException {
			UUID raisedBy = rs.getObject("raised_by", UUID.class);
			UUID respondedBy = rs.getObject("responded_by", UUID.class);
			return new Challenge(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
					rs.getString("text"), raisedBy, person(raisedBy), instant(rs, "raised_at"),
					rs.getString("response"), respondedBy, person(respondedBy), instant(rs, "responded_at"));
		}

	}

	public Optional<Contact> find(UUID id) {
		return all(List.of(id)).stream().findFirst();
	}

	public Optional<Contact> findByReference(String reference) {
		return db.sql("SELECT id FROM contact WHERE reference = ?")
			.param(reference)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	/** The children these contacts are about, each once, in one query. */
	public List<UUID> childrenOf(Collection<UUID> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		return db.sql("SELECT DISTINCT person_id FROM contact_child WHERE contact_id IN (:ids)")
			.param("ids", contactIds)
			.query(UUID.class)
			.list();
	}

	/** The contacts with these ids, whole, in the order given. */
	public List<Contact> all(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<UUID>> children = grouped(
				"SELECT contact_id, person_id FROM contact_child WHERE contact_id IN (:ids)", ids,
				(rs, row) -> rs.getObject("person_id", UUID.class));
		Names names = new Names(ids);
		Map<UUID, List<ContactCheck>> checks = grouped(CHECKS + " WHERE k.contact_id IN (:ids) ORDER BY k.asked_at",
				ids, names::check);
		Map<UUID, List<Decision>> decisions = grouped(
				"SELECT d.* FROM contact_decision d WHERE d.contact_id IN (:ids) ORDER BY d.decided_at DESC", ids,
				names::decision);
		Map<UUID, List<Challenge>> challenges = grouped(
				"SELECT c.* FROM contact_challenge c WHERE c.contact_id IN (:ids) ORDER BY c.raised_at", ids,
				names::challenge);
		Map<UUID, Contact> byId = new HashMap<>();
		db.sql("SELECT * FROM contact WHERE id IN (:ids)").param("ids", ids).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			byId.put(id, new Contact(id, rs.getString("reference"), ContactStatus.valueOf(rs.getString("status")),
					instant(rs, "received_at"), instant(rs, "decision_due"), Rag.valueOf(rs.getString("rag")),
					Urgency.valueOf(rs.getString("urgency")), ReferrerKind.valueOf(rs.getString("referrer_kind")),
					rs.getObject("referrer_practitioner_id", UUID.class),
					rs.getObject("referrer_agency_id", UUID.class), rs.getString("referrer_name"),
					rs.getString("referrer_contact"), rs.getString("children_described"), rs.getString("what_happened"),
					rs.getString("worries"), rs.getString("wants"), Consent.valueOf(rs.getString("consent")),
					rs.getString("consent_note"), rs.getString("link"), rs.getObject("recorded_by", UUID.class),
					children.getOrDefault(id, List.of()), checks.getOrDefault(id, List.of()),
					decisions.getOrDefault(id, List.of()), challenges.getOrDefault(id, List.of())));
			return id;
		}).list();
		return ids.stream().map(byId::get).filter(c -> c != null).toList();
	}

	public Optional<ContactCheck> check(UUID id) {
		return db.sql(CHECKS + " WHERE k.id = ?").param(id).query(new Names()::check).optional();
	}

	/** The checks asked of an agency that it has not answered, oldest first. */
	public List<ContactCheck> openChecksOf(UUID agencyId) {
		return db.sql(CHECKS + " WHERE k.agency_id = ? AND k.closed_at IS NULL ORDER BY k.asked_at")
			.param(agencyId)
			.query(new Names()::check)
			.list();
	}

	/** The MASH queue in numbers: open contacts by rating, and how many are overdue. */
	public record QueueCounts(Map<Rag, Long> byRag, long overdue) {

		public long total() {
			return byRag.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	public QueueCounts queueCounts(Instant now) {
		Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
		db.sql("SELECT rag, COUNT(*) AS n FROM contact WHERE in_queue = TRUE GROUP BY rag")
			.query((rs, row) -> byRag.put(Rag.valueOf(rs.getString("rag")), rs.getLong("n")))
			.list();
		long overdue = db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE AND decision_due < ?")
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new QueueCounts(byRag, overdue);
	}

	/** When the oldest check still open for the agency was asked, if any is open. */
	public Optional<Instant> oldestOpenCheck(UUID agencyId) {
		return db.sql("SELECT MIN(asked_at) FROM contact_check WHERE agency_id = ? AND closed_at IS NULL")
			.param(agencyId)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(OffsetDateTime::toInstant);
	}

	public long openCheckCount(UUID agencyId) {
		return db.sql("SELECT COUNT(*) FROM contact_check WHERE agency_id = ? AND closed_at IS NULL")
			.param(agencyId)
			.query(Long.class)
			.single();
	}

	public Optional<Challenge> challenge(UUID id) {
		return db.sql("SELECT c.* FROM contact_challenge c WHERE c.id = ?")
			.param(id)
			.query(new Names()::challenge)
			.optional();
	}

	private <T> Map<UUID, List<T>> grouped(String sql, Collection<UUID> ids,
			org.springframework.jdbc.core.RowMapper<T> mapper) {
		Map<UUID, List<T>> grouped = new HashMap<>();
		db.sql(sql).param("ids", ids).query((rs, row) -> {
			grouped.computeIfAbsent(rs.getObject("contact_id", UUID.class), k -> new ArrayList<>())
				.add(mapper.mapRow(rs, row));
			return null;
		}).list();
		return grouped;
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
