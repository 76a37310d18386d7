package org.fullpicture.notify.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's webhook: its address, its signing secret (rotated with a grace period)
 * and its delivery log.
 */
@Service
class Webhooks {

	private static final SecureRandom RANDOM = new SecureRandom();

	public record Webhook(UUID agencyId, String url, Instant updatedAt, Instant previousSecretUntil) {
	}

	/**
	 * The secret is shown once, when it is made; afterwards only the receiver and
	 * FullPicture hold it.
	 */
	public record WithSecret(Webhook webhook, String secret) {
	}

	public record Delivery(UUID id, UUID notificationId, Instant createdAt, int attempts, Instant nextAttemptAt,
			Instant deliveredAt, Integer lastStatus, String lastError) {
	}

	private final JdbcClient db;

	private final Clock clock;

	private final Agencies agencies;

	private final NotifySettings settings;

	Webhooks(JdbcClient db, Clock clock, Agencies agencies, NotifySettings settings) {
		this.db = db;
		this.clock = clock;
		this.agencies = agencies;
		this.settings = settings;
	}

	Optional<Webhook> of(UUID agencyId) {
		return db.sql("SELECT * FROM notification_webhook WHERE agency_id = ?")
			.param(agencyId)
			.query((rs, row) -> new Webhook(agencyId, rs.getString("url"), Notifications.instant(rs, "updated_at"),
					Notifications.instant(rs, "previous_secret_until")))
			.optional();
	}

	/** Sets the address; an agency's first webhook gets a new secret, returned once. */
	@Transactional
	WithSecret setUrl(UUID agencyId, String url) {
		agencies.get(agencyId);
		requireUrl(url);
		Instant now = clock.instant();
		if (of(agencyId).isPresent()) {
			db.sql("UPDATE notification_webhook SET url = ?, updated_at = ? WHERE agency_id = ?")
				.params(url, Notifications.utc(now), agencyId)
				.update();
			return new WithSecret(of(agencyId).orElseThrow(), null);
		}
		String secret = newSecret();
		db.sql("INSERT INTO notification_webhook (agency_id, url, secret, updated_at) VALUES (?, ?, ?, ?)")
			.params(agencyId, url, secret, Notifications.utc(now))
			.update();
		return new WithSecret(of(agencyId).orElseThrow(), secret);
	}

	/**
	 * A new secret; the old one still signs alongside it for a while, so the receiver can
	 * change over.
	 */
	@Transactional
	WithSecret rotateSecret(UUID agencyId) {
		of(agencyId).orElseThrow(() -> new NotFound("Webhook of agency " + agencyId));
		Instant now = clock.instant();
		String secret = newSecret();
		db.sql("""
				UPDATE notification_webhook SET previous_secret = secret, previous_secret_until = ?, secret = ?,
				    updated_at = ? WHERE agency_id = ?""")
			.params(Notifications.utc(now.plus(settings.webhooks().previousSecretLasts())), secret,
					Notifications.utc(now), agencyId)
			.update();
		return new WithSecret(of(agencyId).orElseThrow(), secret);
	}

	@Transactional
	void remove(UUID agencyId) {
		db.sql("DELETE FROM notification_outbox WHERE agency_id = ? AND delivered_at IS NULL").param(agencyId).update();
		db.sql("DELETE FROM notification_webhook WHERE agency_id = ?").param(agencyId).update();
	}

	List<Delivery> deliveries(UUID agencyId, int page, int size) {
		return db.sql("""
				SELECT * FROM notification_outbox WHERE agency_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?""")
			.params(agencyId, size, (long) (page - 1) * size)
			.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class),
					rs.getObject("notification_id", UUID.class), Notifications.instant(rs, "created_at"),
					rs.getInt("attempts"), Notifications.instant(rs, "next_attempt_at"),
					Notifications.instant(rs, "delivered_at"), (Integer) rs.getObject("last_status"),
					rs.getString("last_error")))
			.list();
	}

	long deliveryCount(UUID agencyId) {
		return db.sql("SELECT COUNT(*) FROM notification_outbox WHERE agency_id = ?")
			.param(agencyId)
			.query(Long.class)
			.single();
	}

	private static void requireUrl(String url) {
		if (url == null || url.isBlank()) {
			throw new InvalidInput("url", "Enter the address FullPicture should send notifications to");
		}
		try {
			URI uri = URI.create(url);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new InvalidInput("url", "Enter a web address starting https://");
			}
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("url", "Enter a web address starting https://");
		}
		if (url.length() > 500) {
			throw new InvalidInput("url", "The address must be 500 characters or fewer");
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
