package org.fullpicture.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.ChronologyFilter;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ChronologyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	People people;

	@Autowired
	Chronology chronology;

	@Autowired
	ChronologyReader reader;

	@Autowired
	AuditTrail audit;

	Agency school;

	Practitioner teacher;

	Person child;

	Person sibling;

	@BeforeEach
	void twoChildrenInOneHousehold() {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		String street = Fixtures.unique() + " Shared Street";
		child = person("Ada", street);
		sibling = person("Ben", street);
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
		involvements.startByWorkflow(sibling.id(), school.id(), teacher.id(), "On roll", teacher.id());
	}

	private Person person(String given, String street) {
		return people.create(
				new NewPerson(given, "Chrontest", List.of(), LocalDate.of(2016, 5, 4), null, Sex.MALE, null, null,
						new NewPerson.NewAddress(street, null, "Testtown", "TE1 1ST", LocalDate.of(2020, 1, 1)), null),
				teacher.id());
	}

	private void entry(Person about, String text, Instant occurred) {
		chronology.record(new NewEntry(List.of(about.id()), EntryType.CONCERN, occurred, text, List.of("16A"),
				Source.PROFESSIONAL, Sensitivity.NORMAL), teacher, null);
	}

	@Test
	void showsEntriesVerbatimWithTheirDelayFactorsAndATimeline() throws Exception {
		entry(child, "Came to school hungry.\nSaid \"there was no tea again\".", Instant.parse("2026-01-05T09:30:00Z"));
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Came to school hungry.\nSaid &quot;there was no tea again&quot;.")))
			.andExpect(content().string(containsString("5 January 2026 at 9:30am")))
			.andExpect(content().string(containsString("after it happened")))
			.andExpect(content().string(containsString("16A Neglect")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("January 2026: 1 entry")))
			.andExpect(content().string(containsString("Amend")));
		assertThat(audit.ofPerson(child.id(), 1, 10).items())
			.anySatisfy(e -> assertThat(e.action().name()).isEqualTo("VIEWED_CHRONOLOGY"));
	}

	@Test
	void filtersByTypeAndDateAndPagesFiftyAtATime() throws Exception {
		for (int i = 0; i < 52; i++) {
			entry(child, "Entry number " + i, Instant.parse("2025-06-01T10:00:00Z").plusSeconds(86_400L * i));
		}
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher)))
			.andExpect(content().string(containsString("52 entries")))
			.andExpect(content().string(containsString("govuk-pagination__item govuk-pagination__item--current")))
			.andExpect(content().string(containsString("Entry number 51")))
			.andExpect(content().string(not(containsString("Entry number 1<"))));
		mvc.perform(get("/children/" + child.id() + "/chronology").param("page", "2").with(as(teacher)))
			.andExpect(content().string(containsString("Entry number 1<")));
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher))
			.param("from.day", "1")
			.param("from.month", "6")
			.param("from.year", "2025")
			.param("to.day", "2")
			.param("to.month", "6")
			.param("to.year", "2025")
			.param("order", "oldest")).andExpect(content().string(containsString("2 entries")));
		mvc.perform(get("/children/" + child.id() + "/chronology").param("type", "MISSING").with(as(teacher)))
			.andExpect(content().string(containsString("0 entries")));
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher))
			.param("from.day", "31")
			.param("from.month", "2")
			.param("from.year", "2025"))
			.andExpect(content().string(containsString("The from date must be a real date")));
	}

	@Test
	void aFilterDateBefore1900IsNamedAgainstItsFieldAndKeptAsTyped() throws Exception {
		entry(child, "Seen at the park.", Instant.parse("2026-01-05T09:30:00Z"));
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher))
			.param("from.day", "3")
			.param("from.month", "4")
			.param("from.year", "1850"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content()
				.string(containsString("The from date must be between 1 January 1900 and 31 December 9999")))
			.andExpect(content().string(containsString("value=\"1850\"")))
			.andExpect(content().string(containsString("Seen at the park.")));
	}

	@Test
	void aPractitionerWhoseAgencyIsNotInvolvedSeesOnlyTheirOwnAgencysEntriesAndNoFamilyChronology() throws Exception {
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		entry(child, "Recorded by the school", Instant.parse("2026-01-05T09:30:00Z"));
		chronology.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, Instant.parse("2026-01-06T09:30:00Z"),
				"Recorded by housing", List.of(), Source.PROFESSIONAL, Sensitivity.NORMAL), housing, null);
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(housing)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("you see only the entries your agency recorded")))
			.andExpect(content().string(containsString("Recorded by housing")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Recorded by the school"))));
		mvc.perform(get("/children/" + child.id() + "/family-chronology").with(as(housing)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/children/" + child.id() + "/chronology"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));
	}

	@Test
	void theFamilyChronologyShowsEachChildsEntriesAndWhomTheyConcern() throws Exception {
		entry(child, "About Ada only", Instant.parse("2026-01-05T09:30:00Z"));
		entry(sibling, "About Ben only", Instant.parse("2026-01-06T09:30:00Z"));
		mvc.perform(get("/children/" + child.id() + "/family-chronology").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("About Ada only")))
			.andExpect(content().string(containsString("About Ben only")))
			.andExpect(content().string(containsString("About: <span>Ben Chrontest</span>")));
		assertThat(audit.ofPerson(sibling.id(), 1, 10).items())
			.anySatisfy(e -> assertThat(e.action().name()).isEqualTo("VIEWED_CHRONOLOGY"));
	}

	@Test
	void recordingInformationAddsItToTheChronologyWithASuccessBanner() throws Exception {
		mvc.perform(get("/children/" + child.id() + "/record").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record information about a child")))
			.andExpect(content().string(containsString("Ben Chrontest")))
			.andExpect(content().string(containsString("data-draft-key=\"record-" + child.id())));

		mvc.perform(post("/children/" + child.id() + "/record").with(as(teacher))
			.with(csrf())
			.param("type", "CONCERN")
			.param("occurredOn.day", "3")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("occurredTime", "2:15pm")
			.param("text", "Bruise on left cheek.\r\nSaid she fell.")
			.param("factors", "18B")
			.param("source", "CHILD")
			.param("sensitivity", "NORMAL")
			.param("alsoAbout", sibling.id().toString())
			.param("submissionKey", "k-1"))
			.andExpect(redirectedUrl("/children/" + child.id() + "/chronology"))
			.andExpect(flash().attribute("banner", allOf(containsString("has been recorded"),
					not(containsString(child.givenName())), not(containsString(child.familyName())))));

		assertThat(reader.of(List.of(sibling.id()), ChronologyFilter.none(), teacher, 1, 10).items()).singleElement()
			.satisfies(e -> {
				assertThat(e.text()).isEqualTo("Bruise on left cheek.\nSaid she fell.");
				assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-02-03T14:15:00Z"));
				assertThat(e.factors()).containsExactly("18B");
			});
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher)))
			.andExpect(content().string(containsString("3 February 2026 at 2:15pm")))
			.andExpect(content().string(containsString("Physical abuse (by an adult)")))
			.andExpect(content().string(containsString("The child")));
	}

	@Test
	void aFailedSubmissionNamesTheProblemsAndKeepsEveryField() throws Exception {
		mvc.perform(post("/children/" + child.id() + "/record").with(as(teacher))
			.with(csrf())
			.param("type", "")
			.param("occurredOn.day", "30")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("occurredTime", "25 o'clock")
			.param("text", "Words that must not be lost.\nSecond line.")
			.param("factors", "3B")
			.param("source", "NEIGHBOUR")
			.param("sensitivity", "RESTRICTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(
					content().string(containsString("href=\"#occurredOn\">The date it happened must be a real date")))
			.andExpect(content().string(containsString("href=\"#occurredTime\"")))
			.andExpect(content().string(containsString(">Words that must not be lost.\nSecond line.</textarea>")))
			.andExpect(content().string(containsString("value=\"30\"")))
			.andExpect(content().string(containsString("value=\"25 o&#39;clock\"")))
			.andExpect(content().string(containsString("value=\"3B\" checked")))
			.andExpect(content().string(containsString("value=\"NEIGHBOUR\" checked")))
			.andExpect(content().string(containsString("value=\"RESTRICTED\" checked")));

		mvc.perform(post("/children/" + child.id() + "/record").with(as(teacher))
			.with(csrf())
			.param("type", "")
			.param("occurredOn.day", "3")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("text", "Kept"))
			.andExpect(content().string(containsString("href=\"#type\">Choose what kind of entry this is")));
		assertThat(reader.of(List.of(child.id()), ChronologyFilter.none(), teacher, 1, 10).total()).isZero();
	}

	@Test
	void aDraftIsOfferedRestoredAndDeletedWhenTheEntryIsRecorded() throws Exception {
		mvc.perform(post("/drafts/record-" + child.id()).with(as(teacher))
			.with(csrf())
			.param("type", "MISSING")
			.param("text", "Half-written, with an & and a = sign")
			.param("factors", "10A")
			.param("factors", "3A")).andExpect(status().isNoContent());
		mvc.perform(get("/children/" + child.id() + "/record").with(as(teacher)))
			.andExpect(content().string(containsString("You have an unsaved draft from")))
			.andExpect(content().string(not(containsString("Half-written"))));
		mvc.perform(get("/children/" + child.id() + "/record").param("restore-draft", "").with(as(teacher)))
			.andExpect(content().string(containsString(">Half-written, with an &amp; and a = sign</textarea>")))
			.andExpect(content().string(containsString("value=\"10A\" checked")))
			.andExpect(content().string(containsString("value=\"3A\" checked")))
			.andExpect(content().string(containsString("value=\"MISSING\" selected")));
		mvc.perform(post("/children/" + child.id() + "/record").with(as(teacher))
			.with(csrf())
			.param("type", "MISSING")
			.param("occurredOn.day", "3")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("text", "Finished")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/children/" + child.id() + "/record").with(as(teacher)))
			.andExpect(content().string(not(containsString("You have an unsaved draft"))));
	}

	@Test
	void aDraftCanBeDiscardedAndDraftsNeedCsrf() throws Exception {
		mvc.perform(post("/drafts/record-" + child.id()).with(as(teacher)).param("text", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/drafts/record-" + child.id()).with(as(teacher)).with(csrf()).param("text", "Throw away"));
		mvc.perform(post("/drafts/record-" + child.id() + "/discard").with(as(teacher))
			.with(csrf())
			.param("returnTo", "//evil.example")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/children/" + child.id() + "/record").with(as(teacher)))
			.andExpect(content().string(not(containsString("You have an unsaved draft"))));
	}

	@Test
	void keepAliveAnswersASignedInPractitioner() throws Exception {
		mvc.perform(post("/keep-alive").with(as(teacher)).with(csrf()).session(new MockHttpSession()))
			.andExpect(status().isNoContent());
	}

}
