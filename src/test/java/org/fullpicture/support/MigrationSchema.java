package org.fullpicture.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of a test's own, beside the application's, migrated step by step: to test what
 * a migration does to rows recorded before it.
 */
public final class MigrationSchema {

	private final DataSource dataSource;

	private final String name = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	public MigrationSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The schema's name, to qualify tables with. */
	public String name() {
		return name;
	}

	/** Migrates to this version ("latest" for every migration). */
	public void migrateTo(String version) {
		String vendor = TestDatabase.isPostgres() ? "postgresql" : "h2";
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(name)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.target(version)
			// the append-only grants name the role the application runs as: here, the
			// test's own user
			.placeholders(Map.of("app_role", user()))
			.load()
			.migrate();
	}

	/** An agency and one practitioner working for it, which most rows refer to. */
	public record Staff(UUID agency, UUID practitioner) {
	}

	/**
	 * Adds an agency of this type with one practitioner, as the tables have stood since
	 * V002.
	 */
	public Staff agencyWithPractitioner(String agencyName, String type, String username) {
		JdbcClient db = JdbcClient.create(dataSource);
		Staff staff = new Staff(UUID.randomUUID(), UUID.randomUUID());
		db.sql("INSERT INTO " + name + ".agency (id, name, type, safeguarding_contact, safeguarding_email, "
				+ "safeguarding_phone) VALUES (?, ?, ?, 'Lead', 'lead@example.org', '0')")
			.params(staff.agency(), agencyName, type)
			.update();
		db.sql("INSERT INTO " + name + ".practitioner (id, agency_id, username, display_name, password_hash)"
				+ " VALUES (?, ?, ?, 'A Practitioner', 'x')")
			.params(staff.practitioner(), staff.agency(), username)
			.update();
		return staff;
	}

	public void drop() {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String user() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getUserName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
