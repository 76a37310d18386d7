package org.fullpicture.earlyhelp.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.fullpicture.earlyhelp.ClosureReason;

/** One episode as stored, with its children. */
record Episode(UUID id, EpisodeStatus status, String reason, Instant openedAt, UUID openedBy, UUID fromContactId,
		UUID referrerId, UUID leadProfessionalId, Instant raisedToManagersAt, int reviewIntervalWeeks,
		LocalDate nextReviewOn, Closure closure, List<UUID> childIds) {

	/**
	 * The closure asked for, and the manager's decision where one was needed; null while
	 * nobody asked.
	 */
	record Closure(ClosureReason reason, String summary, String whatWasTried, String concernsRemaining, String movedTo,
			UUID askedBy, Instant askedAt, UUID decidedBy, String decisionNote, Instant closedAt) {
	}

	boolean hasLead() {
		return leadProfessionalId != null;
	}

	Episode withChildren(List<UUID> children) {
		return new Episode(id, status, reason, openedAt, openedBy, fromContactId, referrerId, leadProfessionalId,
				raisedToManagersAt, reviewIntervalWeeks, nextReviewOn, closure, List.copyOf(children));
	}

	static Episode read(ResultSet rs, int row) throws SQLException {
		String closureReason = rs.getString("closure_reason");
		Closure closure = closureReason == null ? null
				: new Closure(ClosureReason.valueOf(closureReason), rs.getString("closure_summary"),
						rs.getString("closure_what_was_tried"), rs.getString("closure_concerns"),
						rs.getString("closure_moved_to"), rs.getObject("closure_asked_by", UUID.class),
						instant(rs, "closure_asked_at"), rs.getObject("closure_decided_by", UUID.class),
						rs.getString("closure_decision_note"), instant(rs, "closed_at"));
		return new Episode(rs.getObject("id", UUID.class), EpisodeStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), instant(rs, "opened_at"), rs.getObject("opened_by", UUID.class),
				rs.getObject("from_contact_id", UUID.class), rs.getObject("referrer_id", UUID.class),
				rs.getObject("lead_professional_id", UUID.class), instant(rs, "raised_to_managers_at"),
				rs.getInt("review_interval_weeks"), rs.getObject("next_review_on", LocalDate.class), closure,
				List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
