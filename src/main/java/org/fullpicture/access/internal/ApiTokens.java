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
		db.sql("INSERT INTO api_token (token_hash, practitioner_id, expires_at, roles) VALUES (?, ?, ?, ?)")
			.params(hash(token), practitioner.id(), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC),
					roles(practitioner))
			.update();
		return new Issued(token, expiresAt);
	}

	/**
	 * Who holds the token, while it is good: not expired or revoked, the account enabled
	 * and not locked, and its roles what they were when the token was issued.
	 */
	Optional<Practitioner> holder(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		record Held(UUID practitionerId, String roles) {
		}
		return db.sql("SELECT practitioner_id, roles FROM api_token WHERE token_hash = ? AND expires_at > ?")
			.params(hash(token), now)
			.query((rs, row) -> new Held(rs.getObject("practitioner_id", UUID.class), rs.getString("roles")))
			.optional()
			.flatMap(held -> practitioners.account(held.practitionerId())
				.filter(a -> a.usableAt(now.toInstant()))
				.map(Practitioners.Account::practitioner)
				.filter(p -> roles(p).equals(held.roles())));
	}

	/** The token stops working at once. */
	void revoke(String token) {
		db.sql("DELETE FROM api_token WHERE token_hash = ?").param(hash(token)).update();
	}

	private static String roles(Practitioner practitioner) {
		return practitioner.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
	}

	private static String hash(String token) {
		return DigestUtils.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
	}

}
