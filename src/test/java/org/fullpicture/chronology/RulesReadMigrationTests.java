package org.fullpicture.chronology;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.MigrationSchema;
import org.fullpicture.support.MigrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V083 copies to each child's row of an entry recorded before it the entry's type,
 * agency, factor codes and the entry it amends, and leaves the rows append-only, on H2
 * and on PostgreSQL.
 */
@DatabaseTest
class RulesReadMigrationTests extends MigrationTest {

	@Test
	void childRowsRecordedBeforeTheColumnsGetWhatRulesRead() {
		migrations.migrateTo("82");
		MigrationSchema.Staff staff = migrations.agencyWithPractitioner("Riverside Surgery", "GP", "gp");
		UUID surgery = staff.agency();
		UUID gp = staff.practitioner();
		UUID child = UUID.randomUUID();
		db.sql("INSERT INTO " + schema + ".person (id, given_name, family_name, family_name_key, sex, created_at, "
				+ "created_by) VALUES (?, 'Ellis', 'Marsh', 'marsh', 'MALE', ?, ?)")
			.params(child, OffsetDateTime.now(), gp)
			.update();
		UUID original = entry(schema, gp, surgery, child, null, "16A", "4B");
		UUID amendment = entry(schema, gp, surgery, child, original);

		migrations.migrateTo("latest");

		assertThat(db
			.sql("SELECT type, agency_id, factors, supersedes_id FROM " + schema
					+ ".chronology_entry_child WHERE entry_id = ?")
			.param(original)
			.query((rs, row) -> rs.getString(1) + " " + rs.getObject(2) + " " + rs.getString(3) + " " + rs.getObject(4))
			.single()).isEqualTo("HEALTH_APPOINTMENT_NOT_BROUGHT " + surgery + " 16A 4B null");
		assertThat(db.sql("SELECT factors, supersedes_id FROM " + schema + ".chronology_entry_child WHERE entry_id = ?")
			.param(amendment)
			.query((rs, row) -> rs.getString(1) + " " + rs.getObject(2))
			.single()).isEqualTo("null " + original);
		assertThatThrownBy(() -> db.sql("UPDATE " + schema + ".chronology_entry_child SET factors = 'X'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	private UUID entry(String schema, UUID recorder, UUID agency, UUID child, UUID supersedes, String... factors) {
		UUID id = UUID.randomUUID();
		OffsetDateTime occurred = OffsetDateTime.parse("2026-03-02T09:30:00Z");
		db.sql("INSERT INTO " + schema + ".chronology_entry (id, type, occurred_at, recorded_at, recorder_id, "
				+ "agency_id, text, source, sensitivity, supersedes_id) "
				+ "VALUES (?, 'HEALTH_APPOINTMENT_NOT_BROUGHT', ?, ?, ?, ?, 'Not brought.', 'PROFESSIONAL', 'NORMAL', ?)")
			.params(id, occurred, occurred, recorder, agency, supersedes)
			.update();
		db.sql("INSERT INTO " + schema + ".chronology_entry_child (entry_id, person_id, occurred_at) VALUES (?, ?, ?)")
			.params(id, child, occurred)
			.update();
		for (String code : factors) {
			db.sql("INSERT INTO " + schema + ".chronology_entry_factor (entry_id, code) VALUES (?, ?)")
				.params(id, code)
				.update();
		}
		return id;
	}

}
