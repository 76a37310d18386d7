package org.fullpicture.linkage;

import java.time.Instant;
import java.util.UUID;

/**
 * A merge: the merged record is the same person as the survivor. Active until it is
 * unmerged.
 */
public record IdentityLink(UUID id, UUID survivorId, UUID mergedId, Instant linkedAt, UUID linkedBy, String reason,
		Instant unlinkedAt, UUID unlinkedBy, String unlinkReason) {

	public boolean isActive() {
		return unlinkedAt == null;
	}

}
