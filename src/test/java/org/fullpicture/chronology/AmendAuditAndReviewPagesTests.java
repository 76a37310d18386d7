package org.fullpicture.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Amendment;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class AmendAuditAndReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	@Autowired
	AuditTrail audit;

	@Autowired
	BreakGlass breakGlass;

	Agency school;

	Practitioner teacher;

	Practitioner dsl;

	Person child;

	Entry entry;

	@BeforeEach
	void anEntryRecordedByTheSchool() {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		child = fixtures.child("Cara", "Amendtest", LocalDate.of(2015, 1, 2), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
		entry = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, Instant.parse("2026-01-05T09:30:00Z"),
					"Original words", List.of(), null, null), teacher, null)
			.entry();
	}

	@Test
	void theRecordingAgencyAmendsAnEntryAndBothVersionsStay() throws Exception {
		mvc.perform(get("/chronology/" + entry.id() + "/amend").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Original words</textarea>")));
		mvc.perform(post("/chronology/" + entry.id() + "/amend").with(as(teacher))
			.with(csrf())
			.param("text", "Corrected words"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why the entry is being amended")))
			.andExpect(content().string(containsString(">Corrected words</textarea>")));
		mvc.perform(post("/chronology/" + entry.id() + "/amend").with(as(teacher))
			.with(csrf())
			.param("text", "Corrected words")
			.param("reason", "Wrong room recorded")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher)))
			.andExpect(content().string(containsString("Original words")))
			.andExpect(content().string(containsString("Corrected words")))
			.andExpect(content().string(containsString("see the later entry")))
			.andExpect(content().string(containsString("Wrong room recorded")));
	}

	@Test
	void anAmendedEntryAndItsAmendmentLinkToEachOthersPages() throws Exception {
		Entry later = chronology.amend(entry.id(), new Amendment("Second", null, null, null, "A reason"), teacher)
			.entry();
		mvc.perform(get("/chronology/" + entry.id()).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/chronology/" + later.id() + "\">see the later entry")));
		mvc.perform(get("/chronology/" + later.id()).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/chronology/" + entry.id() + "\">an earlier entry")))
			.andExpect(content().string(containsString("A reason")));
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/chronology/" + entry.id()).with(as(housing))).andExpect(status().isForbidden());
	}

	@Test
	void aRestrictedEntryIsMarkedAndOnlyTheRecordingAgencySeesIt() throws Exception {
		Entry restricted = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT,
					Instant.parse("2026-01-07T09:30:00Z"), "Sexual health clinic: not brought", List.of(), null,
					org.fullpicture.chronology.Sensitivity.RESTRICTED), teacher, null)
			.entry();
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher)))
			.andExpect(content().string(containsString("Sexual health clinic: not brought")))
			.andExpect(content().string(containsString(">Restricted</strong>")));
		Agency police = fixtures.agency(AgencyType.POLICE);
		Practitioner officer = fixtures.practitioner(police);
		involvements.startByWorkflow(child.id(), police.id(), officer.id(), "Incident", officer.id());
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sexual health clinic"))));
		mvc.perform(get("/chronology/" + restricted.id()).with(as(officer))).andExpect(status().isForbidden());
	}

	@Test
	void anEntryAlreadyAmendedCannotBeAmendedAgain() throws Exception {
		chronology.amend(entry.id(), new Amendment("Second", null, null, null, "A reason"), teacher);
		mvc.perform(get("/chronology/" + entry.id() + "/amend").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("This entry has already been amended: amend the latest version")));
		mvc.perform(post("/chronology/" + entry.id() + "/amend").with(as(teacher))
			.with(csrf())
			.param("text", "Third")
			.param("reason", "Another"))
			.andExpect(content().string(containsString("This entry has already been amended")));
	}

	@Test
	void anotherAgencyCannotAmend() throws Exception {
		Agency police = fixtures.agency(AgencyType.POLICE);
		Practitioner officer = fixtures.practitioner(police);
		involvements.startByWorkflow(child.id(), police.id(), officer.id(), "Incident", officer.id());
		mvc.perform(get("/chronology/" + entry.id() + "/amend").with(as(officer)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only the agency that recorded an entry can amend it")));
		mvc.perform(post("/chronology/" + entry.id() + "/amend").with(as(officer))
			.with(csrf())
			.param("text", "x")
			.param("reason", "y")).andExpect(status().isForbidden());
	}

	@Test
	void theSafeguardingLeadSeesTheAuditTrailAndAPlainPractitionerDoesNot() throws Exception {
		mvc.perform(get("/children/" + child.id()).with(as(teacher)));
		mvc.perform(get("/children/" + child.id() + "/audit").with(as(dsl)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(teacher.displayName())))
			.andExpect(content().string(containsString("Viewed the record")))
			.andExpect(content().string(containsString("Viewed the audit trail")));
		mvc.perform(get("/children/" + child.id() + "/audit").with(as(teacher)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You do not have access to this page")));
	}

	@Test
	void breakGlassIsReviewedByTheSafeguardingLeadOfThatAgencyOnly() throws Exception {
		var shelter = fixtures.agency(AgencyType.HOUSING);
		Practitioner housing = fixtures.practitioner(shelter);
		Practitioner housingLead = fixtures.practitioner(shelter, Role.SAFEGUARDING_LEAD);
		breakGlass.grant(housing, child.id(), "Out of hours: child arrived at the night shelter alone", Channel.PAGE);
		mvc.perform(get("/break-glass-reviews").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/break-glass-reviews"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));
		mvc.perform(get("/break-glass-reviews").with(as(dsl)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.not(containsString("Out of hours: child arrived at the night shelter alone"))));
		mvc.perform(get("/break-glass-reviews").with(as(housingLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Out of hours: child arrived at the night shelter alone")))
			.andExpect(content().string(containsString("Cara Amendtest")));
		String id = breakGlass.eventsFor(housingLead, true, 1, 100)
			.items()
			.stream()
			.filter(e -> e.personId().equals(child.id()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		mvc.perform(
				post("/break-glass-reviews/" + id).with(as(dsl)).with(csrf()).param("outcome", "Not mine to review"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/break-glass-reviews/" + id).with(as(housingLead)).with(csrf()).param("outcome", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter what you found when you reviewed this access")));
		String tooLong = "Checked with the shelter. ".repeat(39);
		mvc.perform(post("/break-glass-reviews/" + id).with(as(housingLead)).with(csrf()).param("outcome", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("What you found must be 1,000 characters or fewer")))
			.andExpect(content().string(containsString(tooLong + "</textarea>")));
		assertThat(breakGlass.eventsFor(housingLead, true, 1, 100).items())
			.anySatisfy(e -> assertThat(e.id().toString()).isEqualTo(id));
		mvc.perform(post("/break-glass-reviews/" + id).with(as(housingLead))
			.with(csrf())
			.param("outcome", "Justified: checked with the shelter")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/break-glass-reviews").param("show", "all").with(as(housingLead)))
			.andExpect(content().string(containsString("Justified: checked with the shelter")))
			.andExpect(content().string(containsString(housing.displayName() + ", " + shelter.name())))
			.andExpect(content().string(containsString("(" + housingLead.displayName() + ", ")));
		assertThat(audit.ofPerson(child.id(), 1, 20).items())
			.anySatisfy(e -> assertThat(e.action().name()).isEqualTo("REVIEWED_BREAK_GLASS"));
	}

	@Test
	void theNavigationOffersBreakGlassReviewsOnlyToThoseWhoReview() throws Exception {
		mvc.perform(get("/").with(as(dsl)))
			.andExpect(content().string(containsString("href=\"/break-glass-reviews\"")));
		mvc.perform(get("/").with(as(teacher)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/break-glass-reviews\""))));
	}

}
