package org.fullpicture.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.linkage.Identities;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Append-only: who looked at which child's record, when, and on what grounds. */
@Service
public class AuditTrail {

	private final JdbcClient db;

	private final Clock clock;

	private final Identities identities;

	private final Practitioners practitioners;

	AuditTrail(JdbcClient db, Clock clock, Identities identities, Practitioners practitioners) {
		this.identities = identities;
		this.db = db;
		this.clock = clock;
		this.practitioners = practitioners;
	}

	// its own transaction: a decision (break glass, merge) is audited even when what
	// follows it fails
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(UUID practitionerId, AuditAction action, UUID personId, Grounds grounds, String reason,
			Channel channel) {
		insert(practitionerId, action, personId, grounds, reason, channel);
	}

	/**
	 * A view of a record, committed with the reads of the caller's transaction when there
	 * is one (one commit, and it comes before the page is sent), otherwise on its own.
	 * Nothing is shown when the reads fail, so a view whose reads roll back takes its row
	 * with it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordView(UUID practitionerId, AuditAction action, UUID personId, Grounds grounds, Channel channel) {
		insert(practitionerId, action, personId, grounds, null, channel);
	}

	/**
	 * A change to a record (an address, an involvement), committed with the change
	 * itself.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordChange(UUID practitionerId, AuditAction action, UUID personId, Grounds grounds, String reason,
			Channel channel) {
		insert(practitionerId, action, personId, grounds, reason, channel);
	}

	private void insert(UUID practitionerId, AuditAction action, UUID personId, Grounds grounds, String reason,
			Channel channel) {
		db.sql("""
				INSERT INTO audit_event (id, at, practitioner_id, action, person_id, grounds, reason, channel)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), OffsetDateTime.now(clock), practitionerId, action.name(), personId,
					grounds.name(), reason, channel.name())
			.update();
	}

	/**
	 * The audit of a person, with that of every record merged into theirs (a look at
	 * either was a look at them).
	 */
	public PageOf<AuditEvent> ofPerson(UUID personId, int page, int size) {
		Set<UUID> records = identities.sameAs(identities.rootOf(personId));
		long total = db.sql("SELECT COUNT(*) FROM audit_event WHERE person_id IN (:ids)")
			.param("ids", records)
			.query(Long.class)
			.single();
		List<AuditEvent> unnamed = db
			.sql("SELECT * FROM audit_event WHERE person_id IN (:ids) ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
			.param("ids", records)
			.param("limit", size)
			.param("offset", (page - 1) * size)
			.query(AuditTrail::event)
			.list();
		// who looked and their agency, named through the agencies module for the page at
		// once
		Set<UUID> lookers = unnamed.stream().map(AuditEvent::practitionerId).collect(Collectors.toSet());
		Map<UUID, String> names = practitioners.displayNamesOf(lookers);
		Map<UUID, String> agencyNames = practitioners.agencyNamesOf(lookers);
		List<AuditEvent> items = unnamed.stream()
			.map(e -> new AuditEvent(e.id(), e.at(), e.practitionerId(), names.get(e.practitionerId()),
					agencyNames.get(e.practitionerId()), e.action(), e.personId(), e.grounds(), e.reason(),
					e.channel()))
			.toList();
		return new PageOf<>(items, page, size, total);
	}

	/** Without the names of who looked and their agency: {@link #ofPerson} adds them. */
	static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getObject("id", UUID.class), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("practitioner_id", UUID.class), null, null, AuditAction.valueOf(rs.getString("action")),
				rs.getObject("person_id", UUID.class), Grounds.valueOf(rs.getString("grounds")), rs.getString("reason"),
				Channel.valueOf(rs.getString("channel")));
	}

}
