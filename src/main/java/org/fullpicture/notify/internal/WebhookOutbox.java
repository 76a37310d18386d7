package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what leaves the system, in the transaction that made the notification: a row per
 * notification whose recipient's agency has a webhook. The row's id is the delivery id
 * the receiver de-duplicates on. The payload holds ids and kinds only: the detail stays
 * behind the access rules.
 */
@Component
class WebhookOutbox {

	private final JdbcClient db;

	private final Clock clock;

	private final JsonMapper json;

	WebhookOutbox(JdbcClient db, Clock clock, JsonMapper json) {
		this.db = db;
		this.clock = clock;
		this.json = json;
	}

	void enqueue(Collection<UUID> notificationIds) {
		if (notificationIds.isEmpty()) {
			return;
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		db.sql("""
				SELECT n.* FROM notification n
				JOIN notification_webhook w ON w.agency_id = n.recipient_agency_id
				WHERE n.id IN (:ids)""").param("ids", notificationIds).query((rs, row) -> {
			Notification n = Notifications.notification(rs, row);
			UUID deliveryId = UUID.randomUUID();
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("deliveryId", deliveryId);
			payload.put("notificationId", n.id());
			payload.put("kind", n.kind());
			payload.put("recipientId", n.recipientId());
			payload.put("personId", n.personId());
			payload.put("entryId", n.entryId());
			payload.put("urgent", n.urgent());
			payload.put("createdAt", n.createdAt().toString());
			payload.put("dueBy", n.dueBy() == null ? null : n.dueBy().toString());
			return new Object[] { deliveryId, rs.getObject("recipient_agency_id", UUID.class), n.id(),
					json.writeValueAsString(payload) };
		}).list().forEach(row -> db.sql("""
				INSERT INTO notification_outbox (id, agency_id, notification_id, payload, created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?)""").params(row[0], row[1], row[2], row[3], now, now).update());
	}

}
