package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the email outbox over SMTP. One instance sends at a time (the scheduler lock); a
 * row is marked sent after the server took it, so an instance stopped between the two
 * sends that email again rather than lose it. A failed send waits as a webhook does, up
 * to the configured number of attempts; the log names the row, never the address.
 */
@Component
public class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private record Queued(UUID id, String to, String subject, String body, int attempts) {
	}

	private final JdbcClient db;

	private final Clock clock;

	private final EmailSettings settings;

	private final NotifySettings.Webhooks waits;

	private final ObjectProvider<JavaMailSender> mail;

	EmailSender(JdbcClient db, Clock clock, EmailSettings settings, NotifySettings notify,
			ObjectProvider<JavaMailSender> mail) {
		this.db = db;
		this.clock = clock;
		this.settings = settings;
		this.waits = notify.webhooks();
		this.mail = mail;
	}

	@Scheduled(fixedDelayString = "${fullpicture.notify.email.poll:PT10S}")
	@SchedulerLock(name = "email-sender")
	void sendDue() {
		while (sendBatch() > 0) {
			// keep going while there is work
		}
	}

	/** Sends one batch of due emails; returns how many it tried. */
	public int sendBatch() {
		JavaMailSender sender = mail.getIfAvailable();
		if (!settings.enabled() || sender == null) {
			return 0;
		}
		Instant now = clock.instant();
		List<Queued> due = db.sql("""
				SELECT id, send_to, subject, body, attempts FROM email_outbox
				WHERE sent_at IS NULL AND next_attempt_at <= ? AND attempts < ?
				ORDER BY next_attempt_at LIMIT ?""")
			.params(utc(now), settings.maxAttempts(), settings.batchSize())
			.query((rs, row) -> new Queued(rs.getObject("id", UUID.class), rs.getString("send_to"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.list();
		due.forEach(email -> send(sender, email));
		return due.size();
	}

	private void send(JavaMailSender sender, Queued email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.body());
		try {
			sender.send(message);
			db.sql("UPDATE email_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
				.params(utc(clock.instant()), email.id())
				.update();
		}
		catch (MailException failed) {
			int attempts = email.attempts() + 1;
			db.sql("UPDATE email_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
				.params(attempts, failed.getClass().getSimpleName(), utc(clock.instant().plus(waits.backOff(attempts))),
						email.id())
				.update();
			log.info("Email {} was not sent (attempt {} of {}): {}", email.id(), attempts, settings.maxAttempts(),
					failed.getClass().getSimpleName());
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
