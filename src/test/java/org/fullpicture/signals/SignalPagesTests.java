package org.fullpicture.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class SignalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	Family family;

	Person child;

	String signalId;

	@BeforeEach
	void aChildWithASignal() throws Exception {
		family = new Family(mvc, fixtures, people, db);
		child = family.child(LocalDate.now().minusYears(15));
		family.record(child, AgencyType.EMERGENCY_DEPARTMENT, "SELF_HARM", 1);
		List<Map<String, Object>> signals = family.signals(child, "self-harm");
		signalId = (String) signals.get(0).get("id");
	}

	@Test
	void theMashSeesTheSignalAmongTheirsAndItsEvidence() throws Exception {
		mvc.perform(get("/signals").with(as(family.mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Self-harm"), containsString(child.fullName()))));
		// the child named in the list is a look at the child, audited
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ? AND action = ?")
			.params(family.mash.id(), child.id(), "LISTED_IN_WORK_LIST")
			.query(Long.class)
			.single()).isOne();
		mvc.perform(get("/signals/" + signalId).with(as(family.mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Evidence"), containsString("Emergency department"),
					containsString("Check that health (CAMHS or the emergency department) is involved"))));
		mvc.perform(get("/children/" + child.id() + "/signals").with(as(family.mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No missing episode has been recorded.")));
	}

	@Test
	void anEmptyActionComesBackWithAnErrorSummaryAndAFilledOneClosesTheSignal() throws Exception {
		mvc.perform(
				post("/signals/" + signalId + "/action").param("whatWasDone", " ").with(as(family.mash)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("govuk-error-summary"),
					containsString("href=\"#whatWasDone\""), containsString("Say what was done about the signal"))));
		mvc.perform(post("/signals/" + signalId + "/action").param("whatWasDone", "Referred to CAMHS")
			.with(as(family.mash))
			.with(csrf())).andExpect(redirectedUrl("/signals/" + signalId));
		mvc.perform(get("/signals/" + signalId).with(as(family.mash)))
			.andExpect(content().string(allOf(containsString("Actioned"), containsString("Referred to CAMHS"),
					not(containsString("Record what was done")))));
	}

	@Test
	void someoneWithNoGroundsToReadTheChildSeesNoneOfItsSignals() throws Exception {
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/signals/" + signalId).with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/children/" + child.id() + "/signals").with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(post("/signals/" + signalId + "/dismiss").param("reason", "x").with(as(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/signals").with(as(stranger)))
			.andExpect(content().string(containsString("You have no signals to deal with.")));
		mvc.perform(get("/signals")).andExpect(status().is3xxRedirection());
	}

	@Test
	void administratorsTuneARuleOnItsPageAndOthersOnlyReadIt() throws Exception {
		Practitioner admin = administrator();
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/signals/rules").with(as(teacher)))
			.andExpect(content().string(allOf(containsString("Low-level concerns from several agencies"),
					containsString("Return home interview overdue"))));
		mvc.perform(get("/signals/rules/self-harm").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("32 recorded episodes"), not(containsString("Change the parameters")))));
		mvc.perform(get("/signals/rules/self-harm").param("status", "NEW").with(as(teacher)))
			.andExpect(content().string(allOf(containsString("Signals raised by this rule"), containsString("1 record"),
					not(containsString(child.fullName())))));
		mvc.perform(get("/signals/rules/self-harm").param("status", "DISMISSED").with(as(teacher)))
			.andExpect(content().string(not(containsString("1 record"))));
		mvc.perform(post("/signals/rules/self-harm").param("parameters", "windowDays: 200")
			.param("reason", "x")
			.with(as(teacher))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/signals/rules/self-harm").param("parameters", "windowDays: [")
			.param("reason", "")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("govuk-error-summary"),
					containsString("could not be read"), containsString("windowDays: ["))));
		mvc.perform(post("/signals/rules/self-harm").param("parameters", "windowDays: 0")
			.param("reason", "Testing")
			.with(as(admin))
			.with(csrf()))
			.andExpect(content().string(containsString("windowDays must be a whole number of 1 or more")));
	}

	@Test
	void theMissingEpisodesPageShowsTheMonthlyReportToManagersOnly() throws Exception {
		Practitioner manager = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MANAGER);
		mvc.perform(get("/missing-episodes").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Return home interviews within 72 hours")));
		mvc.perform(get("/missing-episodes").with(as(fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL)))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Return home interviews within 72 hours"))));
	}

	@Test
	void administratorsEvaluateEveryChildAgainFromTheRulesAndFollowItOnItsOwnPage() throws Exception {
		Practitioner admin = administrator();
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/signals/rules").with(as(teacher)))
			.andExpect(content().string(not(containsString("Evaluate every child"))));
		mvc.perform(post("/signals/evaluations").with(as(teacher)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/signals/rules").with(as(admin)))
			.andExpect(content().string(containsString("Evaluate every child again")));

		String page = mvc.perform(post("/signals/evaluations").with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page).startsWith("/signals/evaluations/");
		mvc.perform(get(page).with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/signals/evaluations/" + UUID.randomUUID()).with(as(admin))).andExpect(status().isNotFound());
		String shown = mvc.perform(get(page).with(as(admin))).andReturn().getResponse().getContentAsString();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
		while (shown.contains("Evaluating every child") && Instant.now().isBefore(giveUp)) {
			assertThat(shown).contains("children evaluated so far", "http-equiv=\"refresh\"");
			Thread.sleep(200);
			shown = mvc.perform(get(page).with(as(admin))).andReturn().getResponse().getContentAsString();
		}
		assertThat(shown)
			.contains("Every child evaluated", "Children evaluated", "Signals raised", "Finished", admin.displayName())
			.doesNotContain("http-equiv=\"refresh\"");
	}

	@Test
	void aRunThatStoppedWithoutFinishingSaysSoAndStopsRefreshing() throws Exception {
		Practitioner admin = administrator();
		UUID id = UUID.randomUUID();
		OffsetDateTime anHourAgo = OffsetDateTime.now().minusHours(1);
		db.sql("INSERT INTO signal_evaluation_run (id, started_by, started_at, progressed_at, children)"
				+ " VALUES (?, ?, ?, ?, 4000)")
			.params(id, admin.id(), anHourAgo, anHourAgo)
			.update();
		mvc.perform(get("/signals/evaluations/" + id).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The evaluation stopped"),
					containsString("most likely because the service restarted"), containsString("4000"),
					not(containsString("http-equiv=\"refresh\"")))));
	}

	private Practitioner administrator() {
		return fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.ADMINISTRATOR);
	}

}
