package org.fullpicture.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when children stop receiving a service: the service closed (for good, for
 * now, or became inactive) or one child's service ended. {@code reason} is plain words
 * for the people told.
 */
public record ServiceEnded(UUID serviceId, String serviceName, List<UUID> personIds, String reason, Instant endedAt) {

	public ServiceEnded {
		personIds = List.copyOf(personIds);
	}

}
