package org.fullpicture.signals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.MigrationSchema;
import org.fullpicture.support.MigrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V086 gives each evaluation of every child started before it the time it last moved on:
 * when it finished, or else when it started; on H2 and on PostgreSQL.
 */
@DatabaseTest
class EvaluationRunProgressMigrationTests extends MigrationTest {

	@Test
	void runsStartedBeforeTheColumnLastMovedOnWhenTheyFinishedOrStarted() {
		migrations.migrateTo("85");
		MigrationSchema.Staff admin = migrations.agencyWithPractitioner("Children's services", "CHILDRENS_SOCIAL_CARE",
				"admin");
		OffsetDateTime started = OffsetDateTime.parse("2026-11-20T09:00:00Z");
		OffsetDateTime finished = started.plusMinutes(5);
		UUID done = run(admin, started, finished);
		UUID unfinished = run(admin, started, null);

		migrations.migrateTo("latest");

		assertThat(progressedAt(done)).isEqualTo(finished.toInstant());
		assertThat(progressedAt(unfinished)).isEqualTo(started.toInstant());
	}

	private UUID run(MigrationSchema.Staff by, OffsetDateTime started, OffsetDateTime finished) {
		UUID id = UUID.randomUUID();
		db.sql("INSERT INTO " + schema + ".signal_evaluation_run (id, started_by, started_at, finished_at)"
				+ " VALUES (?, ?, ?, ?)")
			.params(id, by.practitioner(), started, finished)
			.update();
		return id;
	}

	private Instant progressedAt(UUID run) {
		return db.sql("SELECT progressed_at FROM " + schema + ".signal_evaluation_run WHERE id = ?")
			.param(run)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()
			.truncatedTo(ChronoUnit.SECONDS);
	}

}
