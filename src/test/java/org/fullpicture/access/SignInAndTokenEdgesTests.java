package org.fullpicture.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

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

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Part 4 of issue 8: review by someone else, reasons in words, tokens and sessions that
 * follow the account as it is.
 */
@DatabaseTest
class SignInAndTokenEdgesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Agency school;

	Person child;

	@BeforeEach
	void setUp() {
		school = fixtures.agency(AgencyType.SCHOOL);
		child = fixtures.child("Edie", "Edges", LocalDate.of(2012, 2, 2), fixtures.practitioner(school).id());
	}

	@Test
	void nobodyReviewsTheirOwnBreakGlass() throws Exception {
		Practitioner dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		Practitioner otherLead = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		String reason = "Disclosure in class today, need the history " + Fixtures.unique();
		mvc.perform(
				post("/api/v1/people/" + child.id() + "/break-glass").header("Authorization", fixtures.bearer(mvc, dsl))
					.contentType("application/json")
					.content("{\"reason\":\"" + reason + "\"}"))
			.andExpect(status().isNoContent());
		UUID id = db.sql("SELECT id FROM break_glass WHERE practitioner_id = ?")
			.param(dsl.id())
			.query(UUID.class)
			.single();

		mvc.perform(get("/api/v1/break-glass-events").param("size", "500")
			.header("Authorization", fixtures.bearer(mvc, dsl)))
			.andExpect(jsonPath("$.events[*].reason", not(hasItem(reason))));
		mvc.perform(post("/break-glass-reviews/" + id).with(org.fullpicture.support.SignedIn.as(dsl))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("outcome", "Looked fine to me")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/break-glass-events").param("size", "500")
			.header("Authorization", fixtures.bearer(mvc, otherLead)))
			.andExpect(jsonPath("$.events[*].reason", hasItem(reason)));
		mvc.perform(post("/break-glass-reviews/" + id).with(org.fullpicture.support.SignedIn.as(otherLead))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("outcome", "Checked with the class teacher")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aBreakGlassReasonIsWordsNotANumberOrAReference() throws Exception {
		Practitioner gp = fixtures.practitioner(fixtures.agency(AgencyType.GP));
		for (String reason : new String[] { UUID.randomUUID().toString(), "12345678901234567890123",
				"Ref: 2026/000123/AB" }) {
			mvc.perform(post("/api/v1/people/" + child.id() + "/break-glass")
				.header("Authorization", fixtures.bearer(mvc, gp))
				.contentType("application/json")
				.content("{\"reason\":\"" + reason + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is("reason")));
		}
	}

	@Test
	void aTokenStopsWorkingWhenTheAccountIsLocked() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		String bearer = fixtures.bearer(mvc, p);
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isOk());
		db.sql("UPDATE practitioner SET locked_until = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15), p.id())
			.update();
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenStopsWorkingWhenTheAccountIsDisabled() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		String bearer = fixtures.bearer(mvc, p);
		db.sql("UPDATE practitioner SET enabled = FALSE WHERE id = ?").param(p.id()).update();
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenStopsWorkingWhenTheRolesChange() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		String bearer = fixtures.bearer(mvc, p);
		db.sql("INSERT INTO practitioner_role (practitioner_id, role) VALUES (?, ?)")
			.params(p.id(), Role.ADMINISTRATOR.name())
			.update();
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenCanBeRevoked() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		String bearer = fixtures.bearer(mvc, p);
		mvc.perform(delete("/api/v1/tokens/current")).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/tokens/current").header("Authorization", bearer)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/tokens/current").header("Authorization", bearer))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPageSessionSeesNewRolesWithoutSigningOutAndEndsWhenTheAccountIsDisabled() throws Exception {
		Practitioner p = fixtures.practitioner(school);
		// the page session is a row in the database, named by the SESSION cookie
		Cookie session = mvc.perform(formLogin("/sign-in").user(p.username()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/break-glass-reviews").cookie(session)).andExpect(status().isForbidden());

		db.sql("INSERT INTO practitioner_role (practitioner_id, role) VALUES (?, ?)")
			.params(p.id(), Role.SAFEGUARDING_LEAD.name())
			.update();
		mvc.perform(get("/break-glass-reviews").cookie(session)).andExpect(status().isOk());

		db.sql("DELETE FROM practitioner_role WHERE practitioner_id = ? AND role = ?")
			.params(p.id(), Role.SAFEGUARDING_LEAD.name())
			.update();
		mvc.perform(get("/break-glass-reviews").cookie(session)).andExpect(status().isForbidden());

		db.sql("UPDATE practitioner SET enabled = FALSE WHERE id = ?").param(p.id()).update();
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in?signed-out"));
	}

}
