package org.fullpicture.signals.internal;

import java.time.Instant;
import java.util.UUID;

/** One thing that made a signal fire: a chronology entry, or a front door contact. */
public record Evidence(Kind kind, UUID id, Instant occurredAt) {

	public enum Kind {

		ENTRY, CONTACT

	}

}
