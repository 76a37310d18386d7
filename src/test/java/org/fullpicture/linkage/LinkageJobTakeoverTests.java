package org.fullpicture.linkage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.BulkIntake;
import org.fullpicture.people.People;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk linkage job outlives the instance that ran it: carried on from its last row, or
 * marked failed.
 */
@DatabaseTest
class LinkageJobTakeoverTests {

	@Autowired
	BulkIntake bulk;

	@Autowired
	People people;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Practitioner dataQuality;

	@BeforeEach
	void setUp() {
		dataQuality = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.DATA_QUALITY);
	}

	@Test
	void aJobLeftRunningByAStoppedInstanceIsCarriedOnFromItsLastRow() throws Exception {
		String family = Fixtures.randomName();
		String csv = "given_name,family_name,date_of_birth\nAda," + family + ",2014-01-01\nBea," + family
				+ ",2015-02-02\nCal," + family + ",2016-03-03\n";
		// the instance that ran it linked the first row, then stopped beating an hour ago
		UUID job = runningJob(csv, 1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

		bulk.takeOverStaleJobs();

		BulkIntake.Job done = awaitEnd(job);
		assertThat(done.status()).isEqualTo(BulkIntake.Status.FINISHED);
		assertThat(done.processed()).isEqualTo(3);
		assertThat(done.created()).as("one created before the stop, two after").isEqualTo(3);
		assertThat(people.findByNameAndDateOfBirth("Ada", family, LocalDate.of(2014, 1, 1))).isEmpty();
		assertThat(people.findByNameAndDateOfBirth("Cal", family, LocalDate.of(2016, 3, 3))).hasSize(1);
		assertThat(
				db.sql("SELECT COUNT(*) FROM linkage_job_file WHERE job_id = ?").param(job).query(Long.class).single())
			.as("the file is not kept once the job has ended")
			.isZero();
	}

	@Test
	void aStaleJobWhoseFileWasNotKeptIsMarkedFailedSayingWhy() throws Exception {
		UUID job = runningJob(null, 0, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

		bulk.takeOverStaleJobs();

		assertThat(bulk.get(job).status()).isEqualTo(BulkIntake.Status.FAILED);
		assertThat(bulk.errors(job, 10)).extracting(BulkIntake.RowError::message)
			.containsExactly("The service restarted while this file was being linked; load the file again");
	}

	@Test
	void aJobWhoseInstanceIsStillBeatingIsLeftAlone() {
		UUID job = runningJob("given_name,family_name,date_of_birth\nDee,Alive,2014-01-01\n", 0,
				OffsetDateTime.now(ZoneOffset.UTC));

		bulk.takeOverStaleJobs();

		assertThat(bulk.get(job).status()).isEqualTo(BulkIntake.Status.RUNNING);
		assertThat(bulk.get(job).processed()).isZero();
	}

	private UUID runningJob(String csv, int processed, OffsetDateTime heartbeat) {
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO linkage_job (id, file_name, started_by, status, total_rows, processed, linked, queued, created,
				                         failed, started_at, heartbeat_at)
				VALUES (?, 'roll.csv', ?, 'RUNNING', 3, ?, 0, 0, ?, 0, ?, ?)""")
			.params(id, dataQuality.id(), processed, processed, heartbeat, heartbeat)
			.update();
		if (csv != null) {
			db.sql("INSERT INTO linkage_job_file (job_id, content) VALUES (?, ?)")
				.params(id, csv.getBytes(StandardCharsets.UTF_8))
				.update();
		}
		return id;
	}

	private BulkIntake.Job awaitEnd(UUID id) throws InterruptedException {
		for (int i = 0; i < 200 && !bulk.get(id).isFinished(); i++) {
			Thread.sleep(100);
		}
		return bulk.get(id);
	}

}
