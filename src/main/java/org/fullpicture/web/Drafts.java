package org.fullpicture.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's half-written form, kept on the server so that a time-out or a closed
 * tab loses nothing. The {@code form_draft} table is web's and only this class touches
 * it; it was created by V005 (the access migration) because drafts came in with sign-in,
 * and a migration is never edited or moved.
 */
@Component
public class Drafts {

	public record Draft(String content, Instant savedAt) {

		/**
		 * The form's fields as the browser posted them, each name with its values in
		 * order.
		 */
		public MultiValueMap<String, String> values() {
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
			for (String pair : content.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				values.add(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return values;
		}

	}

	public static final int MAX_CONTENT = 100_000;

	private final JdbcClient db;

	private final Clock clock;

	Drafts(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	@Transactional
	public void save(UUID practitionerId, String formKey, String content) {
		// delete then insert: one portable upsert for H2 and PostgreSQL
		delete(practitionerId, formKey);
		db.sql("INSERT INTO form_draft (practitioner_id, form_key, content, saved_at) VALUES (?, ?, ?, ?)")
			.params(practitionerId, formKey, content, OffsetDateTime.now(clock))
			.update();
	}

	public Optional<Draft> find(UUID practitionerId, String formKey) {
		return db.sql("SELECT content, saved_at FROM form_draft WHERE practitioner_id = ? AND form_key = ?")
			.params(practitionerId, formKey)
			.query((rs, row) -> new Draft(rs.getString("content"),
					rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	public void delete(UUID practitionerId, String formKey) {
		db.sql("DELETE FROM form_draft WHERE practitioner_id = ? AND form_key = ?")
			.params(practitionerId, formKey)
			.update();
	}

}
