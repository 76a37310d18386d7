package org.fullpicture.notify;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.MigrationSchema;
import org.fullpicture.support.MigrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V081 gives each notification made before it the agency its recipient works for, on H2
 * and on PostgreSQL.
 */
@DatabaseTest
class RecipientAgencyMigrationTests extends MigrationTest {

	@Test
	void notificationsMadeBeforeTheColumnGetTheirRecipientsAgency() {
		migrations.migrateTo("80");
		MigrationSchema.Staff school = migrations.agencyWithPractitioner("Northfield Primary", "SCHOOL", "teacher");
		UUID notification = UUID.randomUUID();
		db.sql("INSERT INTO " + schema
				+ ".notification (id, recipient_id, kind, source_key, summary, urgent, created_at)"
				+ " VALUES (?, ?, 'ENTRY_RECORDED', 'k', 'An arrest was recorded', TRUE, ?)")
			.params(notification, school.practitioner(), OffsetDateTime.now())
			.update();

		migrations.migrateTo("latest");

		assertThat(db.sql("SELECT recipient_agency_id FROM " + schema + ".notification WHERE id = ?")
			.param(notification)
			.query(UUID.class)
			.single()).isEqualTo(school.agency());
	}

}
