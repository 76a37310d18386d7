package org.fullpicture.access;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class AccessApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Agency school;

	Practitioner dsl;

	Person child;

	@BeforeEach
	void setUp() {
		school = fixtures.agency(AgencyType.SCHOOL);
		dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		child = fixtures.child("Cara", "Audit", LocalDate.of(2011, 9, 9), dsl.id());
		db.sql("INSERT INTO involvement (id, person_id, agency_id, from_date, reason) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), child.id(), school.id(), LocalDate.of(2020, 9, 1), "On roll")
			.update();
	}

	@Test
	void everyViewOfARecordWritesAnAuditRowWithItsGrounds() throws Exception {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));

		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, dsl)));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, mash)));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, stranger)));
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization",
				fixtures.bearer(mvc, mash)));

		assertThat(grounds(dsl)).containsExactly("VIEWED_RECORD INVOLVEMENT API");
		assertThat(grounds(mash)).containsExactlyInAnyOrder("VIEWED_RECORD ROLE API", "VIEWED_CHRONOLOGY ROLE API");
		assertThat(grounds(stranger)).containsExactly("VIEWED_KNOWN_TO NONE API");
	}

	@Test
	void managersInChildrensServicesSeeEveryRecordButManagersElsewhereDoNot() throws Exception {
		Practitioner ehManager = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.MANAGER);
		Practitioner policeManager = fixtures.practitioner(fixtures.agency(AgencyType.POLICE), Role.MANAGER);

		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, ehManager)))
			.andExpect(jsonPath("$.access", is("full")));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, policeManager)))
			.andExpect(jsonPath("$.access", is("known-to")));
	}

	@Test
	void safeguardingLeadsAndAdministratorsSeeTheAuditTrailAndNobodyElseDoes() throws Exception {
		Practitioner teacher = fixtures.practitioner(school);
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		Practitioner otherDsl = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL), Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, teacher)));
		String url = "/api/v1/people/" + child.id() + "/audit";

		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, dsl)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].practitionerName", hasItem(teacher.displayName())));
		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, admin))).andExpect(status().isOk());
		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, teacher))).andExpect(status().isForbidden());
		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, otherDsl))).andExpect(status().isForbidden());
		mvc.perform(get(url)).andExpect(status().isUnauthorized());
	}

	@Test
	void breakGlassIsListedForReviewByTheLeadOfThatAgencyAndAdministratorsOnly() throws Exception {
		Agency surgery = fixtures.agency(AgencyType.GP);
		Practitioner gp = fixtures.practitioner(surgery);
		Practitioner surgeryLead = fixtures.practitioner(surgery, Role.SAFEGUARDING_LEAD);
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		String reason = "Unplanned attendance, need history " + Fixtures.unique();
		mvc.perform(
				post("/api/v1/people/" + child.id() + "/break-glass").header("Authorization", fixtures.bearer(mvc, gp))
					.contentType("application/json")
					.content("{\"reason\":\"" + reason + "\"}"))
			.andExpect(status().isNoContent());

		for (Practitioner reviewer : new Practitioner[] { surgeryLead, admin }) {
			mvc.perform(get("/api/v1/break-glass-events").param("unreviewed", "true")
				.param("size", "500")
				.header("Authorization", fixtures.bearer(mvc, reviewer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.events[*].reason", hasItem(reason)))
				.andExpect(jsonPath("$.events[?(@.reason == '" + reason + "')].practitionerName",
						hasItem(gp.displayName())))
				.andExpect(jsonPath("$.events[?(@.reason == '" + reason + "')].agencyName", hasItem(surgery.name())));
		}
		mvc.perform(get("/api/v1/break-glass-events").param("size", "500")
			.header("Authorization", fixtures.bearer(mvc, dsl)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].reason", not(hasItem(reason))));
		mvc.perform(get("/api/v1/break-glass-events").header("Authorization", fixtures.bearer(mvc, gp)))
			.andExpect(status().isForbidden());
		assertThat(grounds(gp)).contains("BROKE_GLASS BREAK_GLASS API");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/tokens").contentType("application/json")
				.content("{\"username\":\"" + p.username() + "\",\"password\":\"guess" + i + "\"}"))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/v1/tokens").contentType("application/json")
			.content("{\"username\":\"" + p.username() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void passwordsAreStoredHashed() {
		String hash = db.sql("SELECT password_hash FROM practitioner WHERE id = ?")
			.param(dsl.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
	}

	@Test
	void healthIsPublicAndTheRestOfActuatorIsNot() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
		mvc.perform(get("/actuator/health"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.groups").doesNotExist());
		mvc.perform(get("/actuator/env")).andExpect(status().isFound());
		mvc.perform(get("/actuator/beans").with(user(org.fullpicture.access.internal.TestPrincipal.of(dsl))))
			.andExpect(status().isForbidden());
	}

	@Test
	void agenciesAreListedForSignedInCallersOnly() throws Exception {
		mvc.perform(get("/api/v1/agencies").header("Authorization", fixtures.bearer(mvc, dsl)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(school.name())));
		mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/chronology']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}/chronology']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/tokens']").exists());
	}

	private java.util.List<String> grounds(Practitioner p) {
		return db.sql("SELECT action || ' ' || grounds || ' ' || channel FROM audit_event WHERE practitioner_id = ?")
			.param(p.id())
			.query(String.class)
			.list();
	}

}
