package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.fullpicture.shared.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The email outbox: what any module queues through {@link OutgoingEmail}, kept in the
 * caller's transaction until {@link EmailSender} sends it.
 */
@Service
class EmailOutbox implements OutgoingEmail {

	private final JdbcClient db;

	private final Clock clock;

	private final EmailSettings settings;

	EmailOutbox(JdbcClient db, Clock clock, EmailSettings settings) {
		this.db = db;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public boolean enabled() {
		return settings.enabled();
	}

	/** Whether FullPicture could email this address: one address, in a valid form. */
	static boolean isAddress(String value) {
		if (value == null || value.isBlank() || value.length() > 320) {
			return false;
		}
		try {
			InternetAddress address = new InternetAddress(value.strip(), true);
			return address.getAddress().contains("@") && address.getPersonal() == null;
		}
		catch (AddressException notAnAddress) {
			return false;
		}
	}

	/**
	 * Queues an email; true when queued now, false when email is off, the address is not
	 * one, or this id was queued before.
	 */
	public boolean queue(UUID id, String to, String subject, String body) {
		if (!enabled() || !isAddress(to)) {
			return false;
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		return db.sql("""
				INSERT INTO email_outbox (id, send_to, subject, body, created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(id, to.strip(), subject, body, now, now)
			.update() == 1;
	}

	@Override
	public Optional<Delivery> delivery(UUID id) {
		return db.sql("SELECT sent_at, attempts FROM email_outbox WHERE id = ?").param(id).query((rs, row) -> {
			OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
			return new Delivery(sent == null ? Status.WAITING : Status.SENT, sent == null ? null : sent.toInstant(),
					rs.getInt("attempts"));
		}).optional();
	}

	/** A link to a page of FullPicture, as the reader of an email reaches it. */
	String link(String path) {
		return settings.baseUrl() + path;
	}

}
