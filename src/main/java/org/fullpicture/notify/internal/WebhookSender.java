package org.fullpicture.notify.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. Any number of instances may run this at once: each claims rows with a
 * conditional update that only one can win, sends them, and marks them delivered; a row
 * whose claim runs out (the instance stopped) is claimed again. A receiver may therefore
 * see a delivery twice after a crash between sending and marking, and de-duplicates on
 * the delivery id; nothing is ever lost. A running instance never sends a delivery whose
 * claim could run out on the way.
 */
@Component
public class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	static final String ID_HEADER = "FullPicture-Delivery-Id";

	static final String TIMESTAMP_HEADER = "FullPicture-Timestamp";

	static final String SIGNATURE_HEADER = "FullPicture-Signature";

	private record Claimed(UUID id, String payload, int attempts, String url, String secret, String previousSecret,
			Instant previousSecretUntil) {
	}

	private final JdbcClient db;

	private final Clock clock;

	private final NotifySettings.Webhooks settings;

	private final HttpClient http;

	private final String instance = UUID.randomUUID().toString();

	WebhookSender(JdbcClient db, Clock clock, NotifySettings settings) {
		this.db = db;
		this.clock = clock;
		this.settings = settings.webhooks();
		// HTTP/1.1: no h2c upgrade dance on plain http, one request per delivery
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.settings.timeout())
			.build();
	}

	@Scheduled(fixedDelayString = "${fullpicture.notify.webhooks.poll:PT2S}")
	void sendDue() {
		while (sendBatch() > 0) {
			// keep going while there is work; the next poll picks up anything that
			// arrives later
		}
	}

	/** Claims and sends one batch of due deliveries; returns how many it claimed. */
	public int sendBatch() {
		Instant claimedAt = clock.instant();
		List<Claimed> claimed = claim();
		// a send starts only with a whole timeout left on its claim, so no other instance
		// can claim a delivery while it is on its way; a slow batch hands the rest back
		Instant lastStart = claimedAt.plus(settings.claimFor()).minus(settings.timeout());
		for (int i = 0; i < claimed.size(); i++) {
			if (clock.instant().isAfter(lastStart)) {
				release(claimed.subList(i, claimed.size()));
				break;
			}
			send(claimed.get(i));
		}
		return claimed.size();
	}

	private void release(List<Claimed> unsent) {
		db.sql("UPDATE notification_outbox SET claimed_by = NULL, claimed_until = NULL WHERE id IN (:ids) AND claimed_by = :me")
			.param("ids", unsent.stream().map(Claimed::id).toList())
			.param("me", instance)
			.update();
	}

	private List<Claimed> claim() {
		Instant now = clock.instant();
		List<UUID> candidates = db
			.sql("""
					SELECT id FROM notification_outbox
					WHERE delivered_at IS NULL AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
					ORDER BY next_attempt_at LIMIT :limit""")
			.param("now", utc(now))
			.param("limit", settings.batchSize())
			.query(UUID.class)
			.list();
		List<UUID> mine = candidates.stream()
			.filter(id -> db.sql("""
					UPDATE notification_outbox SET claimed_by = :me, claimed_until = :until
					WHERE id = :id AND delivered_at IS NULL AND next_attempt_at <= :now
					AND (claimed_until IS NULL OR claimed_until < :now)""")
				.param("me", instance)
				.param("until", utc(now.plus(settings.claimFor())))
				.param("id", id)
				.param("now", utc(now))
				.update() == 1)
			.toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		return db.sql("""
				SELECT o.id, o.payload, o.attempts, w.url, w.secret, w.previous_secret, w.previous_secret_until
				FROM notification_outbox o JOIN notification_webhook w ON w.agency_id = o.agency_id
				WHERE o.id IN (:ids) AND o.claimed_by = :me""")
			.param("ids", mine)
			.param("me", instance)
			.query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("payload"),
					rs.getInt("attempts"), rs.getString("url"), rs.getString("secret"), rs.getString("previous_secret"),
					Notifications.instant(rs, "previous_secret_until")))
			.list();
	}

	private void send(Claimed delivery) {
		Instant now = clock.instant();
		String timestamp = Long.toString(now.getEpochSecond());
		String signature = "v1=" + sign(delivery.secret(), timestamp, delivery.payload());
		if (delivery.previousSecret() != null && delivery.previousSecretUntil() != null
				&& now.isBefore(delivery.previousSecretUntil())) {
			// while receivers move to a rotated secret, either secret checks out
			signature += ",v1=" + sign(delivery.previousSecret(), timestamp, delivery.payload());
		}
		Integer status = null;
		String error = null;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
				.timeout(settings.timeout())
				.header("Content-Type", "application/json")
				.header(ID_HEADER, delivery.id().toString())
				.header(TIMESTAMP_HEADER, timestamp)
				.header(SIGNATURE_HEADER, signature)
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build();
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "Interrupted";
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName();
		}
		if (status != null && status >= 200 && status < 300) {
			db.sql("""
					UPDATE notification_outbox SET delivered_at = ?, attempts = attempts + 1, last_status = ?,
					    last_error = NULL, claimed_by = NULL, claimed_until = NULL
					WHERE id = ? AND claimed_by = ?""")
				.params(utc(clock.instant()), status, delivery.id(), instance)
				.update();
			return;
		}
		Duration wait = backOff(delivery.attempts() + 1);
		db.sql("""
				UPDATE notification_outbox SET attempts = attempts + 1, last_status = ?, last_error = ?,
				    next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL
				WHERE id = ? AND claimed_by = ?""")
			.params(status, error == null ? "HTTP " + status : error, utc(now.plus(wait)), delivery.id(), instance)
			.update();
		log.info("Webhook delivery {} failed (attempt {}): {}", delivery.id(), delivery.attempts() + 1,
				error == null ? "HTTP " + status : error);
	}

	Duration backOff(int attempts) {
		return settings.backOff(attempts);
	}

	/**
	 * HMAC-SHA256 over "timestamp.body", hex: the receiver checks the body and that it is
	 * recent.
	 */
	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
