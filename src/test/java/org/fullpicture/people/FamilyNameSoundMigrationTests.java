package org.fullpicture.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.MigrationTest;
import org.junit.jupiter.api.Test;

/**
 * V014 fills the sounds of family names recorded before V013 added them, on H2 and on
 * PostgreSQL.
 */
@DatabaseTest
class FamilyNameSoundMigrationTests extends MigrationTest {

	@Test
	void peopleRecordedBeforeTheSoundsWereAddedGetThem() {
		migrateTo("13");
		UUID smyth = UUID.randomUUID();
		db.sql("INSERT INTO " + schema
				+ ".person (id, given_name, family_name, family_name_key, sex, created_at, created_by)"
				+ " VALUES (?, 'Kayleigh', 'Smyth', 'smyth', 'FEMALE', ?, ?)")
			.params(smyth, OffsetDateTime.now(), UUID.randomUUID())
			.update();
		db.sql("INSERT INTO " + schema
				+ ".person_other_name (id, person_id, kind, given_name, family_name, family_name_key)"
				+ " VALUES (?, ?, 'PREVIOUS_NAME', 'Kayleigh', 'Ashworth', 'ashworth')")
			.params(UUID.randomUUID(), smyth)
			.update();

		migrateTo("latest");

		assertThat(db.sql("SELECT family_name_sound FROM " + schema + ".person WHERE id = ?")
			.param(smyth)
			.query(String.class)
			.single()).isEqualTo(People.nameSound("Smith")).isEqualTo("SM0");
		assertThat(db.sql("SELECT family_name_sound FROM " + schema + ".person_other_name WHERE person_id = ?")
			.param(smyth)
			.query(String.class)
			.single()).isEqualTo(People.nameSound("Ashworth"));
	}

	private void migrateTo(String version) {
		migrations.migrateTo(version);
	}

}
