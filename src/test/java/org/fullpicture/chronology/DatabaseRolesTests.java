package org.fullpicture.chronology;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.Channel;
import org.fullpicture.access.Grounds;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.Person;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.Instances;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, Flyway migrates as the schema's owner and the application runs as a role
 * that may only read and add to the chronology and audit trail: it cannot change,
 * truncate or drop them, nor switch off their triggers.
 */
@Tag("database")
class DatabaseRolesTests {

	private static final List<String> REFUSED = List.of("UPDATE chronology_entry SET text = 'changed'",
			"DELETE FROM chronology_entry_child", "TRUNCATE chronology_entry_child", "TRUNCATE chronology_entry_factor",
			"TRUNCATE audit_event", "DELETE FROM audit_event", "UPDATE break_glass SET reason = 'x'",
			"ALTER TABLE chronology_entry DISABLE TRIGGER ALL", "DROP TRIGGER audit_event_append_only ON audit_event",
			"DROP TABLE chronology_entry_factor", "DELETE FROM flyway_schema_history");

	@Test
	void theApplicationsRoleMayReadAndAddToTheRecordButNotChangeOrRemoveIt() throws Exception {
		assumeTrue(TestDatabase.isPostgres(),
				"database roles are PostgreSQL's; on H2 AppendOnlyTests covers the triggers");
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String owner = "fp_owner_" + suffix;
		String app = "fp_app_" + suffix;
		String schema = "roles_" + suffix;
		Instances.asAdministrator("CREATE ROLE " + owner + " LOGIN", "CREATE ROLE " + app + " LOGIN",
				"CREATE SCHEMA " + schema + " AUTHORIZATION " + owner);
		try (var context = Instances.start(schema, owner, app)) {
			// the application works as its own role: it adds people, entries and audit
			// rows
			Fixtures fixtures = context.getBean(Fixtures.class);
			Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
			Person child = fixtures.child("Rhea", "Roles", LocalDate.of(2013, 3, 3), p.id());
			context.getBean(Chronology.class)
				.record(new NewEntry(List.of(child.id()), EntryType.INCIDENT, Instant.parse("2026-01-01T09:00:00Z"),
						"Seen at the door.", null, null, null), p, null);
			context.getBean(AuditTrail.class)
				.record(p.id(), AuditAction.VIEWED_RECORD, child.id(), Grounds.ROLE, null, Channel.API);

			try (Connection asApp = Instances.connect(schema, app)) {
				asApp.setAutoCommit(true);
				for (String sql : REFUSED) {
					assertThatThrownBy(() -> asApp.createStatement().execute(sql)).as(sql)
						.isInstanceOf(SQLException.class);
				}
				// the working tables are still its to change
				assertThat(asApp.createStatement().executeUpdate("UPDATE practitioner SET failed_sign_ins = 0"))
					.isPositive();
			}
			try (Connection asOwner = Instances.connect(schema, owner)) {
				var rows = asOwner.createStatement().executeQuery("SELECT COUNT(*) FROM chronology_entry");
				rows.next();
				assertThat(rows.getLong(1)).isEqualTo(1);
			}
		}
		finally {
			Instances.asAdministrator("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "DROP OWNED BY " + app,
					"DROP OWNED BY " + owner, "DROP ROLE " + app, "DROP ROLE " + owner);
		}
	}

}
