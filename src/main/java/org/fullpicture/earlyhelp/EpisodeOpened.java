package org.fullpicture.earlyhelp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when an early help episode opens; {@code fromContactId} is the front door
 * contact it came from, if any.
 */
public record EpisodeOpened(UUID episodeId, List<UUID> childIds, Instant openedAt, UUID openedBy, UUID fromContactId) {

	public EpisodeOpened {
		childIds = List.copyOf(childIds);
	}

}
