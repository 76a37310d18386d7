package org.fullpicture.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed sign-ins counted per client address in the database (so every instance of the
 * service counts the same), over any accounts: past the limit, that address waits until
 * the oldest failure leaves the window.
 */
@Component
class SignInThrottle {

	private final JdbcClient db;

	private final SignInSettings settings;

	private final Clock clock;

	SignInThrottle(JdbcClient db, SignInSettings settings, Clock clock) {
		this.db = db;
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the address must wait, or empty if it may try now. */
	Optional<Duration> waitFor(String address) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime since = now.minus(settings.addressWindow());
		var failures = db.sql("SELECT at FROM sign_in_failure WHERE client_address = ? AND at > ? ORDER BY at DESC")
			.params(address, since)
			.query(OffsetDateTime.class)
			.list();
		if (failures.size() < settings.maxFailuresPerAddress()) {
			return Optional.empty();
		}
		// the failure whose leaving the window brings the count back under the limit
		OffsetDateTime freesAt = failures.get(settings.maxFailuresPerAddress() - 1).plus(settings.addressWindow());
		return Optional.of(Duration.between(now, freesAt).plusSeconds(1));
	}

	/** Counts a failed sign-in against the address of the request being answered. */
	void failed() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			failed(attributes.getRequest());
		}
	}

	private void failed(HttpServletRequest request) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		db.sql("DELETE FROM sign_in_failure WHERE at <= ?").param(now.minus(settings.addressWindow())).update();
		db.sql("INSERT INTO sign_in_failure (id, client_address, at) VALUES (?, ?, ?)")
			.params(UUID.randomUUID(), request.getRemoteAddr(), now)
			.update();
	}

}
