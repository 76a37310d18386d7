package org.fullpicture.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications themselves: told once, listed for their recipient, acknowledged by
 * them.
 */
@Service
class Notifications {

	static final String ENTRY_RECORDED = "ENTRY_RECORDED";

	static final String OPERATION_ENCOMPASS = "OPERATION_ENCOMPASS";

	static final String SERVICE_ENDED = "SERVICE_ENDED";

	static final String ESCALATION = "ESCALATION";

	static final String SIGNAL_RAISED = "SIGNAL_RAISED";

	static final String SETTING_NOTICE = "SETTING_NOTICE";

	private final JdbcClient db;

	private final Clock clock;

	private final WebhookOutbox outbox;

	private final EmailOutbox email;

	private final Practitioners practitioners;

	Notifications(JdbcClient db, Clock clock, WebhookOutbox outbox, EmailOutbox email, Practitioners practitioners) {
		this.db = db;
		this.clock = clock;
		this.outbox = outbox;
		this.email = email;
		this.practitioners = practitioners;
	}

	/**
	 * Tells each recipient once; returns the ids of the notifications made now (none for
	 * those told before).
	 */
	@Transactional
	List<UUID> tell(Collection<UUID> recipientIds, NewNotification what) {
		Instant now = clock.instant();
		List<UUID> made = new java.util.ArrayList<>();
		Map<UUID, UUID> agencyOf = practitioners.agenciesOf(recipientIds);
		for (UUID recipient : recipientIds) {
			UUID id = UUID.randomUUID();
			// a listener run again after a failure, or at the same moment on another
			// thread, meets the rows already
			// made: the unique key decides, so neither fails
			int inserted = db
				.sql("""
						INSERT INTO notification (id, recipient_id, recipient_agency_id, kind, source_key, person_id, entry_id,
						    summary, link, urgent, created_at, due_by, delivered_at)
						VALUES (:id, :recipient, :agency, :kind, :key, :person, :entry, :summary, :link, :urgent, :now, :due,
						    :delivered)
						ON CONFLICT DO NOTHING""")
				.param("id", id)
				.param("recipient", recipient)
				.param("agency", agencyOf.get(recipient))
				.param("kind", what.kind())
				.param("key", what.sourceKey())
				.param("person", what.personId())
				.param("entry", what.entryId())
				.param("summary", what.summary())
				.param("link", what.link())
				.param("urgent", what.urgent())
				.param("now", utc(now))
				.param("due", utc(what.dueBy()))
				.param("delivered", what.atOnce() ? utc(now) : null)
				.update();
			if (inserted == 1) {
				made.add(id);
				if (what.atOnce()) {
					outbox.enqueue(List.of(id));
					if (what.urgent()) {
						emailUrgent(id, recipient);
					}
				}
			}
		}
		return made;
	}

	/**
	 * Where email is on, an urgent notification is also emailed to its recipient: that
	 * something urgent is waiting and where, nothing about the child, as email leaves the
	 * system.
	 */
	private void emailUrgent(UUID notificationId, UUID recipient) {
		if (!email.enabled()) {
			return; // the usual case: no look-up on the fan-out's path
		}
		practitioners.find(recipient)
			.filter(p -> p.email() != null)
			.ifPresent(p -> email.queue(notificationId, p.email(), "FullPicture: an urgent notification for you",
					"You have an urgent notification in FullPicture. Sign in to read it and acknowledge it:\n"
							+ email.link("/notifications")
							+ "\n\nThis email does not say what it is about, because email is less safe than "
							+ "FullPicture. Please do not reply to it."));
	}

	List<Notification> forRecipient(UUID recipientId, boolean unreadOnly, int page, int size) {
		return db
			.sql(SELECT + " WHERE recipient_id = :me AND delivered_at IS NOT NULL"
					+ (unreadOnly ? " AND acknowledged_at IS NULL" : "")
					+ " ORDER BY delivered_at DESC, id LIMIT :limit OFFSET :offset")
			.param("me", recipientId)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(Notifications::notification)
			.list();
	}

	PageOf<Notification> pageFor(UUID recipientId, boolean unreadOnly, int page, int size) {
		long total = db
			.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = :me AND delivered_at IS NOT NULL"
					+ (unreadOnly ? " AND acknowledged_at IS NULL" : ""))
			.param("me", recipientId)
			.query(Long.class)
			.single();
		return new PageOf<>(forRecipient(recipientId, unreadOnly, page, size), page, size, total);
	}

	long unreadCount(UUID recipientId) {
		return db.sql("""
				SELECT COUNT(*) FROM notification
				WHERE recipient_id = ? AND delivered_at IS NOT NULL AND acknowledged_at IS NULL""")
			.param(recipientId)
			.query(Long.class)
			.single();
	}

	/**
	 * The recipient's own notification, or empty: nobody learns that another's exists.
	 */
	java.util.Optional<Notification> findFor(UUID id, UUID recipientId) {
		return db.sql(SELECT + " WHERE id = ? AND recipient_id = ? AND delivered_at IS NOT NULL")
			.params(id, recipientId)
			.query(Notifications::notification)
			.optional();
	}

	/**
	 * Acknowledges the recipient's own notifications among {@code ids}; acknowledging
	 * again changes nothing. An Operation Encompass notice is acknowledged for the
	 * setting by the first of its DSLs to do so.
	 */
	@Transactional
	void acknowledge(Collection<UUID> ids, UUID recipientId) {
		if (ids.isEmpty()) {
			return;
		}
		OffsetDateTime now = utc(clock.instant());
		db.sql("""
				UPDATE notification SET acknowledged_at = :now
				WHERE id IN (:ids) AND recipient_id = :me AND acknowledged_at IS NULL AND delivered_at IS NOT NULL""")
			.param("now", now)
			.param("ids", ids)
			.param("me", recipientId)
			.update();
		db.sql("""
				UPDATE notification_encompass SET acknowledged_at = :now, acknowledged_by = :me
				WHERE acknowledged_at IS NULL AND CAST(id AS VARCHAR(100)) IN (
				    SELECT source_key FROM notification
				    WHERE id IN (:ids) AND recipient_id = :me AND kind = 'OPERATION_ENCOMPASS')""")
			.param("now", now)
			.param("ids", ids)
			.param("me", recipientId)
			.update();
	}

	static final String SELECT = "SELECT * FROM notification";

	static Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getString("kind"), rs.getObject("person_id", UUID.class), rs.getObject("entry_id", UUID.class),
				rs.getString("summary"), rs.getString("link"), rs.getBoolean("urgent"), instant(rs, "created_at"),
				instant(rs, "due_by"), instant(rs, "delivered_at"), instant(rs, "acknowledged_at"),
				instant(rs, "escalated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
