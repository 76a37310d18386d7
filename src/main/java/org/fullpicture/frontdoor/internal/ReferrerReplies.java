package org.fullpicture.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.fullpicture.frontdoor.Contact;
import org.fullpicture.shared.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the front door tells a member of the public who left contact details: the
 * acknowledgement, then the answer in general terms. Each reply is kept with the contact
 * and, where email is switched on and they left an email address, emailed to them; the
 * MASH sees which replies went and which they must give another way (a phone number, or
 * email switched off).
 */
@Component
public class ReferrerReplies {

	/**
	 * A reply and how it went: {@code email} is null when it was not emailed (email off,
	 * or not an email address).
	 */
	public record Reply(UUID id, String kind, String sendTo, String body, Instant createdAt,
			OutgoingEmail.Delivery email) {
	}

	private final JdbcClient db;

	private final OutgoingEmail email;

	private final Clock clock;

	ReferrerReplies(JdbcClient db, OutgoingEmail email, Clock clock) {
		this.db = db;
		this.email = email;
		this.clock = clock;
	}

	public void write(Contact contact, String kind, String body) {
		UUID id = UUID.randomUUID();
		db.sql("INSERT INTO contact_reply (id, contact_id, kind, send_to, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, contact.id(), kind, contact.referrerContact(), body,
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		email.queue(id, contact.referrerContact(), "Your concern about a child: reference " + contact.reference(),
				body + "\n\nThis email was sent by the children's services front door. Please do not reply to it.");
	}

	public List<Reply> of(UUID contactId) {
		return db.sql("SELECT * FROM contact_reply WHERE contact_id = ? ORDER BY created_at, id")
			.param(contactId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Reply(id, rs.getString("kind"), rs.getString("send_to"), rs.getString("body"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), email.delivery(id).orElse(null));
			})
			.list();
	}

}
