package org.fullpicture.earlyhelp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when a practitioner joins ({@code member} true) or leaves the team around the
 * family of an episode.
 */
public record TeamMembershipChanged(UUID episodeId, List<UUID> childIds, UUID practitionerId, boolean member,
		Instant changedAt) {

	public TeamMembershipChanged {
		childIds = List.copyOf(childIds);
	}

}
