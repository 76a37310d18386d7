package org.fullpicture.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bearer tokens for the API: random, kept only as a hash, and short-lived. */
@Component
class ApiTokens {

	record Issued(String token, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient db;

	private final Practitioners practitioners;

	private final SignInSettings settings;

	private final Clock clock;

	ApiTokens(JdbcClient db, Practitioners practitioners, SignInSettings settings, Clock clock) {
		this.db = db;
		this.practitioners = practitioners;
		this.settings = settings;
		this.clock = clock;
	}

	Issued issue(Practitioner practitioner) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = clock.instant().plus(settings.tokenLasts());
		db.sql("INSERT INTO api_token (token_hash, practitioner_id, expires_at) VALUES (?, ?, ?)")
			.params(hash(token), practitioner.id(), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.update();
		return new Issued(token, expiresAt);
	}

	Optional<Practitioner> holder(String token) {
		return db.sql("SELECT practitioner_id FROM api_token WHERE token_hash = ? AND expires_at > ?")
			.params(hash(token), OffsetDateTime.now(clock))
			.query(UUID.class)
			.optional()
			.flatMap(practitioners::find);
	}

	private static String hash(String token) {
		return DigestUtils.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
	}

}
