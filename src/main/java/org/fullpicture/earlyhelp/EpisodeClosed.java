package org.fullpicture.earlyhelp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when an early help episode has closed (after approval, where its reason needs
 * one).
 */
public record EpisodeClosed(UUID episodeId, List<UUID> childIds, Instant closedAt, ClosureReason reason) {

	public EpisodeClosed {
		childIds = List.copyOf(childIds);
	}

}
