package org.fullpicture.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.MigrationSchema;
import org.fullpicture.support.MigrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V084 gives each break-glass recorded before it the agency its practitioner works for,
 * on H2 and on PostgreSQL.
 */
@DatabaseTest
class BreakGlassAgencyMigrationTests extends MigrationTest {

	@Test
	void breakGlassRecordedBeforeTheColumnGetsItsPractitionersAgency() {
		migrations.migrateTo("83.2");
		MigrationSchema.Staff surgery = migrations.agencyWithPractitioner("Riverside Surgery", "GP", "gp");
		MigrationSchema.Staff school = migrations.agencyWithPractitioner("Northfield Primary", "SCHOOL", "teacher");
		UUID child = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		db.sql("INSERT INTO " + schema + ".person (id, given_name, family_name, family_name_key, sex, created_at, "
				+ "created_by) VALUES (?, 'Ellis', 'Marsh', 'marsh', 'MALE', ?, ?)")
			.params(child, now, surgery.practitioner())
			.update();
		UUID byTheGp = breakGlass(schema, surgery.practitioner(), child, now);
		UUID byTheTeacher = breakGlass(schema, school.practitioner(), child, now);

		migrations.migrateTo("latest");

		assertThat(agencyOf(schema, byTheGp)).isEqualTo(surgery.agency());
		assertThat(agencyOf(schema, byTheTeacher)).isEqualTo(school.agency());
	}

	private UUID breakGlass(String schema, UUID practitioner, UUID child, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		db.sql("INSERT INTO " + schema + ".break_glass (id, practitioner_id, person_id, reason, granted_at, expires_at)"
				+ " VALUES (?, ?, ?, 'Police called about the child tonight', ?, ?)")
			.params(id, practitioner, child, now, now.plusHours(8))
			.update();
		return id;
	}

	private UUID agencyOf(String schema, UUID breakGlass) {
		return db.sql("SELECT agency_id FROM " + schema + ".break_glass WHERE id = ?")
			.param(breakGlass)
			.query(UUID.class)
			.single();
	}

}
