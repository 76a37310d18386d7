package org.fullpicture.access;

import java.time.Instant;
import java.util.UUID;

public record AuditEvent(UUID id, Instant at, UUID practitionerId, String practitionerName, String agencyName,
		AuditAction action, UUID personId, Grounds grounds, String reason, Channel channel) {
}
