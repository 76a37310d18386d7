package org.fullpicture.signals.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.earlyhelp.EpisodeClosed;
import org.fullpicture.earlyhelp.EpisodeOpened;
import org.fullpicture.earlyhelp.LeadProfessionalChanged;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.shared.OpenWorkSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What signals keep of other modules' work, told by their events: early help episodes
 * (open work, and the lead professional a signal goes to) and front door decisions
 * (repeated "no further action", a safeguarding response).
 */
@Component
class WorkWithChildren {

	private final JdbcClient db;

	private final ObjectProvider<OpenWorkSource> openWork;

	WorkWithChildren(JdbcClient db, ObjectProvider<OpenWorkSource> openWork) {
		this.db = db;
		this.openWork = openWork;
	}

	@ApplicationModuleListener
	void on(EpisodeOpened opened) {
		for (UUID child : opened.childIds()) {
			db.sql("""
					INSERT INTO signal_episode (episode_id, person_id, opened_at) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""").params(opened.episodeId(), child, utc(opened.openedAt())).update();
		}
	}

	@ApplicationModuleListener
	void on(LeadProfessionalChanged changed) {
		for (UUID child : changed.childIds()) {
			db.sql("""
					INSERT INTO signal_episode (episode_id, person_id, opened_at) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""").params(changed.episodeId(), child, utc(changed.changedAt())).update();
			db.sql("UPDATE signal_episode SET lead_professional_id = ? WHERE episode_id = ? AND person_id = ?")
				.params(changed.toPractitionerId(), changed.episodeId(), child)
				.update();
		}
	}

	@ApplicationModuleListener
	void on(EpisodeClosed closed) {
		db.sql("UPDATE signal_episode SET closed_at = ? WHERE episode_id = ?")
			.params(utc(closed.closedAt()), closed.episodeId())
			.update();
	}

	/** Stored here; {@link SignalListeners} evaluates the rules after. */
	void record(ContactDecided decided) {
		for (UUID child : decided.childIds()) {
			db.sql("""
					INSERT INTO signal_contact (contact_id, person_id, outcome, decided_at) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(decided.contactId(), child, decided.outcome().name(), utc(decided.decidedAt()))
				.update();
		}
	}

	/** The lead professional of the child's latest open episode, if it has one. */
	Optional<UUID> leadProfessional(UUID childId) {
		return db.sql("""
				SELECT lead_professional_id FROM signal_episode
				WHERE person_id = ? AND closed_at IS NULL AND lead_professional_id IS NOT NULL
				ORDER BY opened_at DESC LIMIT 1""").param(childId).query(UUID.class).optional();
	}

	/**
	 * Early help or social care work open with the child, as told by events or by any
	 * module that holds work.
	 */
	boolean hasOpenWork(UUID childId) {
		boolean episode = db.sql("SELECT COUNT(*) FROM signal_episode WHERE person_id = ? AND closed_at IS NULL")
			.param(childId)
			.query(Long.class)
			.single() > 0;
		return episode || openWork.orderedStream().anyMatch(source -> !source.openWorkFor(List.of(childId)).isEmpty());
	}

	List<RuleEngine.Contact> contacts(UUID childId) {
		return db
			.sql("SELECT contact_id, outcome, decided_at FROM signal_contact WHERE person_id = ? ORDER BY decided_at")
			.param(childId)
			.query((rs, row) -> new RuleEngine.Contact(rs.getObject("contact_id", UUID.class), rs.getString("outcome"),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Children with a front door decision since then. */
	List<UUID> childrenDecidedSince(Instant since) {
		return db.sql("SELECT DISTINCT person_id FROM signal_contact WHERE decided_at >= ?")
			.param(utc(since))
			.query(UUID.class)
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
