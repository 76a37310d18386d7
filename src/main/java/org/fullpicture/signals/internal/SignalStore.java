package org.fullpicture.signals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.shared.JdbcBatch;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.fullpicture.signals.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signals and their evidence, as stored. */
@Repository
public class SignalStore {

	public enum Status {

		NEW("New"), ACKNOWLEDGED("Acknowledged"), ACTIONED("Actioned"), DISMISSED("Dismissed");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		boolean isOpen() {
			return this == NEW || this == ACKNOWLEDGED;
		}

	}

	public record Signal(UUID id, UUID personId, String ruleId, int ruleVersion, String conditionKey, Severity severity,
			Status status, Instant raisedAt, String recommendedAction, Rule.Route route, UUID routedTo,
			UUID acknowledgedBy, Instant acknowledgedAt, UUID closedBy, Instant closedAt, String whatWasDone,
			String dismissalReason, List<Evidence> evidence) {
	}

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	SignalStore(JdbcClient db, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.db = db;
	}

	/** Queues evaluations of one child: the row is locked until the transaction ends. */
	void lock(UUID personId) {
		db.sql("INSERT INTO signal_subject (person_id) VALUES (?) ON CONFLICT DO NOTHING").param(personId).update();
		db.sql("SELECT person_id FROM signal_subject WHERE person_id = ? FOR UPDATE")
			.param(personId)
			.query(UUID.class)
			.list();
	}

	void insert(Signal s) {
		db.sql("""
				INSERT INTO signal (id, person_id, rule_id, rule_version, condition_key, open_key, severity, status,
				    raised_at, recommended_action, route, routed_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.personId(), s.ruleId(), s.ruleVersion(), s.conditionKey(), s.conditionKey(),
					s.severity().name(), s.status().name(), utc(s.raisedAt()), s.recommendedAction(), s.route().name(),
					s.routedTo())
			.update();
		addEvidence(s.id(), s.evidence(), s.raisedAt());
	}

	void addEvidence(UUID signalId, Collection<Evidence> evidence, Instant at) {
		if (evidence.isEmpty()) {
			return;
		}
		// one round trip for a signal's evidence, which can be dozens of entries
		JdbcBatch.insert(jdbc,
				"INSERT INTO signal_evidence (signal_id, kind, ref_id, occurred_at, added_at) VALUES (?, ?, ?, ?, ?)",
				evidence.stream()
					.map(e -> new Object[] { signalId, e.kind().name(), e.id(), utc(e.occurredAt()), utc(at) })
					.toList(),
				evidence.size());
	}

	/**
	 * Moves an open signal on; false when it was no longer open (another practitioner
	 * closed it first).
	 */
	boolean acknowledge(UUID id, UUID by, Instant at) {
		return db.sql(
				"UPDATE signal SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND status = 'NEW'")
			.params(by, utc(at), id)
			.update() == 1;
	}

	boolean close(UUID id, Status status, UUID by, Instant at, String whatWasDone, String reason) {
		return db.sql("""
				UPDATE signal SET status = ?, open_key = NULL, closed_by = ?, closed_at = ?, what_was_done = ?,
				    dismissal_reason = ? WHERE id = ? AND status IN ('NEW', 'ACKNOWLEDGED')""")
			.params(status.name(), by, utc(at), whatWasDone, reason, id)
			.update() == 1;
	}

	Signal get(UUID id) {
		return withEvidence(db.sql("SELECT * FROM signal WHERE id = ?").param(id).query(SignalStore::signal).list())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("Signal " + id));
	}

	/** Every signal about the child, newest first. */
	List<Signal> of(Collection<UUID> personIds) {
		return withEvidence(db.sql("SELECT * FROM signal WHERE person_id IN (:ids) ORDER BY raised_at DESC, id")
			.param("ids", personIds)
			.query(SignalStore::signal)
			.list());
	}

	/**
	 * Signals routed to a practitioner, or (routedTo null) to the MASH, open ones first.
	 */
	PageOf<Signal> routedTo(UUID practitionerId, boolean mash, boolean openOnly, int page, int size) {
		String where = " WHERE (routed_to = :me" + (mash ? " OR routed_to IS NULL" : "") + ")"
				+ (openOnly ? " AND status IN ('NEW', 'ACKNOWLEDGED')" : "");
		long total = db.sql("SELECT COUNT(*) FROM signal" + where)
			.param("me", practitionerId)
			.query(Long.class)
			.single();
		List<Signal> items = withEvidence(db.sql("SELECT * FROM signal" + where
				+ " ORDER BY CASE status WHEN 'NEW' THEN 0 WHEN 'ACKNOWLEDGED' THEN 1 ELSE 2 END, raised_at DESC, id"
				+ " LIMIT :limit OFFSET :offset")
			.param("me", practitionerId)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(SignalStore::signal)
			.list());
		return new PageOf<>(items, page, size, total);
	}

	/**
	 * How many signals each rule raised, by status: rule id → status name (and ALL) →
	 * count.
	 */
	Map<String, Map<String, Long>> countsByRuleAndStatus() {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		db.sql("SELECT rule_id, status, COUNT(*) AS n FROM signal GROUP BY rule_id, status").query(rs -> {
			Map<String, Long> byStatus = counts.computeIfAbsent(rs.getString("rule_id"), r -> new HashMap<>());
			byStatus.put(rs.getString("status"), rs.getLong("n"));
			byStatus.merge("ALL", rs.getLong("n"), Long::sum);
		});
		return counts;
	}

	/**
	 * Why a rule's signals were dismissed, the latest first: what tells an administrator
	 * how to tune it.
	 */
	List<String> dismissalReasons(String ruleId, int limit) {
		return db
			.sql("SELECT dismissal_reason FROM signal WHERE rule_id = :rule AND status = 'DISMISSED' "
					+ "ORDER BY closed_at DESC LIMIT :limit")
			.param("rule", ruleId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** Signals of one rule in one status (or any), newest first. */
	PageOf<Signal> byRule(String ruleId, Status status, int page, int size) {
		String where = " WHERE rule_id = :rule" + (status == null ? "" : " AND status = :status");
		Map<String, Object> params = new HashMap<>();
		params.put("rule", ruleId);
		params.put("status", status == null ? null : status.name());
		long total = db.sql("SELECT COUNT(*) FROM signal" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) (page - 1) * size);
		return new PageOf<>(withEvidence(
				db.sql("SELECT * FROM signal" + where + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")
					.params(params)
					.query(SignalStore::signal)
					.list()),
				page, size, total);
	}

	private List<Signal> withEvidence(List<Signal> signals) {
		if (signals.isEmpty()) {
			return signals;
		}
		Map<UUID, List<Evidence>> evidence = new HashMap<>();
		db.sql("SELECT * FROM signal_evidence WHERE signal_id IN (:ids) ORDER BY occurred_at, ref_id")
			.param("ids", signals.stream().map(Signal::id).toList())
			.query(rs -> {
				evidence.computeIfAbsent(rs.getObject("signal_id", UUID.class), k -> new ArrayList<>())
					.add(new Evidence(Evidence.Kind.valueOf(rs.getString("kind")), rs.getObject("ref_id", UUID.class),
							rs.getObject("occurred_at", OffsetDateTime.class).toInstant()));
			});
		return signals.stream()
			.map(s -> new Signal(s.id(), s.personId(), s.ruleId(), s.ruleVersion(), s.conditionKey(), s.severity(),
					s.status(), s.raisedAt(), s.recommendedAction(), s.route(), s.routedTo(), s.acknowledgedBy(),
					s.acknowledgedAt(), s.closedBy(), s.closedAt(), s.whatWasDone(), s.dismissalReason(),
					List.copyOf(evidence.getOrDefault(s.id(), List.of()))))
			.toList();
	}

	/**
	 * The child's signals raised for these conditions, grouped by condition, each with
	 * its evidence.
	 */
	Map<String, List<Signal>> byCondition(UUID personId, Collection<String> conditionKeys) {
		Map<String, List<Signal>> grouped = new LinkedHashMap<>();
		withEvidence(db.sql("SELECT * FROM signal WHERE person_id = :person AND condition_key IN (:keys)")
			.param("person", personId)
			.param("keys", List.copyOf(conditionKeys))
			.query(SignalStore::signal)
			.list()).forEach(s -> grouped.computeIfAbsent(s.conditionKey(), k -> new ArrayList<>()).add(s));
		return grouped;
	}

	static Set<UUID> evidenceIds(Collection<Signal> signals) {
		return signals.stream().flatMap(s -> s.evidence().stream()).map(Evidence::id).collect(Collectors.toSet());
	}

	private static Signal signal(ResultSet rs, int row) throws SQLException {
		return new Signal(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getString("rule_id"), rs.getInt("rule_version"), rs.getString("condition_key"),
				Severity.valueOf(rs.getString("severity")), Status.valueOf(rs.getString("status")),
				instant(rs, "raised_at"), rs.getString("recommended_action"), Rule.Route.valueOf(rs.getString("route")),
				rs.getObject("routed_to", UUID.class), rs.getObject("acknowledged_by", UUID.class),
				instant(rs, "acknowledged_at"), rs.getObject("closed_by", UUID.class), instant(rs, "closed_at"),
				rs.getString("what_was_done"), rs.getString("dismissal_reason"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
