package org.fullpicture.frontdoor.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often one client address may use the public page in an hour, counted in the
 * database so that every instance counts the same. The address is kept only as a hash,
 * and only for a day.
 */
@Component
public class PublicRateLimit {

	public enum Use {

		REPORT, STATUS

	}

	/**
	 * Status look-ups are cheap but could be used to guess references: allowed more often
	 * than reports, not freely.
	 */
	private static final int STATUS_FACTOR = 4;

	private final JdbcClient db;

	private final FrontDoorSettings settings;

	private final Clock clock;

	PublicRateLimit(JdbcClient db, FrontDoorSettings settings, Clock clock) {
		this.db = db;
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts this use; false when the address has used up its hour. */
	@Transactional
	public boolean allow(String clientAddress, Use use) {
		String key = DigestUtils.sha256Hex((use.name() + ":" + clientAddress).getBytes(StandardCharsets.UTF_8));
		OffsetDateTime now = OffsetDateTime.now(clock);
		db.sql("DELETE FROM contact_public_attempt WHERE attempted_at < ?")
			.param(now.minus(Duration.ofDays(1)))
			.update();
		long recent = db.sql("SELECT COUNT(*) FROM contact_public_attempt WHERE client_key = ? AND attempted_at > ?")
			.params(key, now.minus(Duration.ofHours(1)))
			.query(Long.class)
			.single();
		int limit = settings.publicReportsPerHour() * (use == Use.STATUS ? STATUS_FACTOR : 1);
		if (recent >= limit) {
			return false;
		}
		db.sql("INSERT INTO contact_public_attempt (client_key, attempted_at) VALUES (?, ?)").params(key, now).update();
		return true;
	}

}
