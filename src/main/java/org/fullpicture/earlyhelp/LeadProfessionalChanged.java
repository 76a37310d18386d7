package org.fullpicture.earlyhelp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when an episode gets a lead professional or hands over to another;
 * {@code fromPractitionerId} may be null.
 */
public record LeadProfessionalChanged(UUID episodeId, List<UUID> childIds, UUID fromPractitionerId,
		UUID toPractitionerId, Instant changedAt) {

	public LeadProfessionalChanged {
		childIds = List.copyOf(childIds);
	}

}
