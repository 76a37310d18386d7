package org.fullpicture.notify.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One practitioner told one thing: what kind, about which child, and when it was
 * delivered and acknowledged.
 */
public record Notification(UUID id, UUID recipientId, String kind, UUID personId, UUID entryId, String summary,
		String link, boolean urgent, Instant createdAt, Instant dueBy, Instant deliveredAt, Instant acknowledgedAt,
		Instant escalatedAt) {

	public boolean isUnread() {
		return acknowledgedAt == null;
	}

	public boolean isOverdue(Instant now) {
		return dueBy != null && acknowledgedAt == null && now.isAfter(dueBy);
	}

}
