package org.fullpicture.demo.internal;

import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@TestPropertySource(properties = { "fullpicture.demo.enabled=true", "fullpicture.demo.password=demo-test-password" })
class DemoDataLoaderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	Agencies agencies;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Involvements involvements;

	@Autowired
	JdbcClient db;

	@Test
	void everyDemoAccountSignsInWithTheDemoPassword() throws Exception {
		for (Family.PractitionerSpec account : Town.DEMO_ACCOUNTS) {
			mvc.perform(post("/api/v1/tokens").contentType("application/json")
				.content("{\"username\":\"" + account.username() + "\",\"password\":\"demo-test-password\"}"))
				.andExpect(status().isCreated());
		}
	}

	@Test
	void everyDemoAccountHasChildrenOnItsHomePage() {
		for (Family.PractitionerSpec account : Town.DEMO_ACCOUNTS) {
			var practitioner = practitioners.account(account.username()).orElseThrow().practitioner();
			assertThat(involvements.childrenOf(practitioner.id(), practitioner.agencyId(), 10)).as(account.username())
				.isNotEmpty();
		}
	}

	@Test
	void theDemoTownsRecordsRaiseSignalsEachWithItsEvidence() {
		assertThat(db.sql("SELECT COUNT(*) FROM signal").query(Long.class).single()).isPositive();
		assertThat(db.sql(
				"SELECT COUNT(*) FROM signal s WHERE NOT EXISTS (SELECT 1 FROM signal_evidence e WHERE e.signal_id = s.id)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theWholeTownIsLoadedAndAStartWithDataAlreadyThereAddsNothing() throws Exception {
		long entries = count("chronology_entry");
		assertThat(count("person")).isGreaterThan(1_000);
		assertThat(entries).isGreaterThan(5_000);
		assertThat(count("chronology_entry_child")).isGreaterThanOrEqualTo(entries);

		loader.run(null);

		assertThat(agencies.all()).hasSize(Town.AGENCIES.size());
		assertThat(count("chronology_entry")).isEqualTo(entries);
	}

	@Test
	void theFrontDoorHasContactsInEveryStateAndSomeAreOverdue() {
		assertThat(db.sql("SELECT DISTINCT status FROM contact").query(String.class).list())
			.containsExactlyInAnyOrder("AWAITING_CHILDREN", "OPEN", "AWAITING_SIGN_OFF", "DECIDED");
		assertThat(db.sql("SELECT COUNT(*) FROM contact WHERE status <> 'DECIDED' AND decision_due < CURRENT_TIMESTAMP")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(count("contact_check WHERE closed_at IS NULL")).isPositive();
		assertThat(count("contact_challenge")).isPositive();
	}

	@Test
	void theTownHasEarlyHelpEpisodesInEveryStateSomeUnallocatedBeyondFiveWorkingDays() {
		assertThat(db.sql("SELECT DISTINCT status FROM episode").query(String.class).list())
			.containsExactlyInAnyOrder("OPEN", "CLOSURE_AWAITING_APPROVAL", "CLOSED");
		assertThat(db.sql(
				"SELECT COUNT(*) FROM episode WHERE lead_professional_id IS NULL AND status = 'OPEN' AND opened_at < ?")
			.param(java.time.OffsetDateTime.now().minusDays(8))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(db.sql("SELECT COUNT(*) FROM episode WHERE status = 'CLOSED' AND closure_decided_by IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(
				db.sql("SELECT COUNT(*) FROM episode WHERE next_review_on < CURRENT_DATE").query(Long.class).single())
			.isEqualTo(1);
		assertThat(count("episode_review")).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theTownHasAServiceDirectoryTheFrontDoorSignpostsToAndTheSchoolLeadHasBeenTold() {
		assertThat(db.sql("SELECT DISTINCT status FROM directory_service").query(String.class).list())
			.contains("ACTIVE", "TEMPORARILY_CLOSED", "INACTIVE");
		assertThat(db.sql("SELECT COUNT(*) FROM directory_service WHERE assured_date < ?")
			.param(java.time.LocalDate.now().minusYears(1))
			.query(Long.class)
			.single()).isPositive();
		assertThat(count("contact_decision WHERE signposted_service_id = '" + DirectoryDemo.YOUTH_CLUB + "'")).isOne();
		UUID dsl = practitioners.account("school-dsl").orElseThrow().practitioner().id();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> db
				.sql("SELECT COUNT(DISTINCT kind) FROM notification WHERE recipient_id = ? AND kind IN "
						+ "('OPERATION_ENCOMPASS', 'ENTRY_RECORDED') AND acknowledged_at IS NULL")
				.param(dsl)
				.query(Long.class)
				.single() == 2);
	}

	private long count(String table) {
		return db.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
