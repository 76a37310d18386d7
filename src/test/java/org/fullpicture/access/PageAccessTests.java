package org.fullpicture.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and form refuses the anonymous and every form refuses a post without its
 * CSRF token.
 */
@DatabaseTest
class PageAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	Practitioner teacher;

	Person child;

	UUID entryId;

	@BeforeEach
	void aChildWithAnEntry() {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		child = fixtures.child("Eve", "Accesstest", LocalDate.of(2014, 2, 3), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
		entryId = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, Instant.parse("2026-01-05T09:30:00Z"), "Words",
					List.of(), null, null), teacher, null)
			.entry()
			.id();
	}

	private List<String> pages() {
		String c = "/children/" + child.id();
		return List.of("/", "/children/find", "/children/new", c, c + "/break-glass", c + "/chronology",
				c + "/family-chronology", c + "/record", c + "/audit", "/chronology/" + entryId,
				"/chronology/" + entryId + "/amend", "/break-glass-reviews", "/involvement-declarations",
				c + "/declare-involvement");
	}

	@Test
	void everyPageSendsTheAnonymousToSignIn() throws Exception {
		for (String page : pages()) {
			mvc.perform(get(page))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
		}
	}

	@Test
	void everyFormRefusesAPostWithoutItsCsrfToken() throws Exception {
		String c = "/children/" + child.id();
		for (String form : List.of("/children/find", "/children/new", c + "/break-glass", c + "/declare-involvement",
				c + "/record", "/chronology/" + entryId + "/amend", "/break-glass-reviews/" + UUID.randomUUID(),
				"/involvement-declarations/" + UUID.randomUUID(), "/drafts/record-x", "/keep-alive", "/sign-out")) {
			mvc.perform(post(form).with(as(teacher))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aPractitionerWithoutInvolvementMayRecordButSeesNoHousehold() throws Exception {
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/children/" + child.id() + "/record").with(as(housing)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record information about a child")))
			.andExpect(content().string(not(containsString("other children in the household"))));
	}

}
