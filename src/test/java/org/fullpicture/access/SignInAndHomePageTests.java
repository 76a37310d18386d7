package org.fullpicture.access;

import java.time.LocalDate;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.fullpicture.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class SignInAndHomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));
		mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to FullPicture")))
			.andExpect(content().string(containsString("govuk-frontend.min.css")))
			.andExpect(content().string(not(containsString("Sign out"))));
	}

	@Test
	void signingInWithTheRightPasswordOpensHome() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(formLogin("/sign-in").user(p.username()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordSaysSoAndFiveLockTheAccount() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(formLogin("/sign-in").user(p.username()).password("wrong"))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(content().string(containsString("Enter a correct username and password")));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/sign-in").user(p.username()).password("wrong"));
		}
		mvc.perform(formLogin("/sign-in").user(p.username()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(content().string(containsString("After 5 failed attempts an account is locked for 15 minutes")));
	}

	@Test
	void aLockedAccountAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").user(p.username()).password("wrong"));
		}
		mvc.perform(formLogin("/sign-in").user(p.username()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(formLogin("/sign-in").user("nobody-" + Fixtures.unique()).password("wrong"))
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void signingOutIsAPostAndIsConfirmed() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(post("/sign-out").with(as(p)).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
		mvc.perform(get("/sign-in").param("signed-out", ""))
			.andExpect(content().string(containsString("You have signed out")));
	}

	@Test
	void homeListsTheChildrenTheAgencyWorksWithAndTheirRecentActivity() throws Exception {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		Person child = fixtures.child("Home", "Listed", LocalDate.of(2015, 3, 7), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());

		mvc.perform(get("/").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Home Listed")))
			.andExpect(content().string(containsString("7 March 2015")))
			.andExpect(content().string(containsString("Nothing has been recorded recently")))
			.andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void homeSaysSoWhenThereAreNoChildren() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/").with(as(p)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You and your agency are not working with any children yet")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void unknownPagesShowTheGovukNotFoundPage() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/no-such-page").with(as(p))).andExpect(status().isNotFound());
	}

	@Test
	void servesTheGovukAssetsAndScripts() throws Exception {
		mvc.perform(get("/assets/manifest.json")).andExpect(status().isOk());
		mvc.perform(get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/init.mjs")).andExpect(status().isOk());
		mvc.perform(get("/css/fullpicture.css")).andExpect(status().isOk());
	}

}
