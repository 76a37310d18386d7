package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.fullpicture.frontdoor.DecisionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The step-ups of each episode, and what the MASH decided about each. */
@Repository
class StepUpRecords {

	/** A step-up as the episode shows it; the outcome is empty until the MASH decides. */
	record StepUpView(UUID contactId, String reference, String reason, UUID steppedUpBy, Instant steppedUpAt,
			DecisionOutcome outcome, Instant decidedAt) {

		public String outcomeLabel() {
			return outcome == null ? null : outcome.label();
		}

	}

	private final JdbcClient db;

	private final Clock clock;

	StepUpRecords(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	void add(UUID episodeId, UUID contactId, String reference, String reason, UUID by) {
		db.sql("""
				INSERT INTO episode_step_up (id, episode_id, contact_id, contact_reference, reason, stepped_up_by,
				    stepped_up_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), episodeId, contactId, reference, reason, by, utc(clock.instant()))
			.update();
	}

	List<StepUpView> of(UUID episodeId) {
		return db.sql("SELECT * FROM episode_step_up WHERE episode_id = ? ORDER BY stepped_up_at DESC")
			.param(episodeId)
			.query((rs, row) -> new StepUpView(rs.getObject("contact_id", UUID.class),
					rs.getString("contact_reference"), rs.getString("reason"),
					rs.getObject("stepped_up_by", UUID.class),
					instant(rs.getObject("stepped_up_at", OffsetDateTime.class)),
					rs.getString("outcome") == null ? null : DecisionOutcome.valueOf(rs.getString("outcome")),
					instant(rs.getObject("decided_at", OffsetDateTime.class))))
			.list();
	}

	boolean isStepUp(UUID contactId) {
		return db.sql("SELECT COUNT(*) FROM episode_step_up WHERE contact_id = ?")
			.param(contactId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the episode has a step-up the MASH has not decided yet. */
	boolean pending(UUID episodeId) {
		return db.sql("SELECT COUNT(*) FROM episode_step_up WHERE episode_id = ? AND outcome IS NULL")
			.param(episodeId)
			.query(Long.class)
			.single() > 0;
	}

	void decided(UUID contactId, DecisionOutcome outcome, Instant at) {
		db.sql("UPDATE episode_step_up SET outcome = ?, decided_at = ? WHERE contact_id = ?")
			.params(outcome.name(), utc(at), contactId)
			.update();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
