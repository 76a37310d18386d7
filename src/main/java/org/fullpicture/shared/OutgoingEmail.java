package org.fullpicture.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Email out of FullPicture, when it is switched on; by default nothing leaves the system.
 * An email is queued in the caller's transaction (so it goes if and only if what it tells
 * of was saved) under the caller's id (so it is queued once), and sent later with
 * retries. What an email says is the caller's responsibility: plain words, nothing about
 * a child. The notify module sends it; any module may queue one without depending on
 * notify.
 */
public interface OutgoingEmail {

	/** Where an email is: waiting (perhaps after failed attempts), or sent. */
	enum Status {

		WAITING, SENT

	}

	record Delivery(Status status, Instant sentAt, int attempts) {
	}

	boolean enabled();

	/**
	 * Queues an email; true when queued now, false when email is off, {@code to} is not
	 * an email address, or this id was queued before.
	 */
	boolean queue(UUID id, String to, String subject, String body);

	/** Where the email queued under this id is; empty when none was. */
	Optional<Delivery> delivery(UUID id);

}
