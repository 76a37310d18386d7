package org.fullpicture.earlyhelp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
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
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class EarlyHelpPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	JdbcClient db;

	Practitioner worker;

	Practitioner manager;

	Practitioner outsider;

	Person child;

	@BeforeEach
	void setUp() {
		Agency earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		outsider = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		child = fixtures.child("Fay", Fixtures.randomName(), LocalDate.of(2013, 9, 1), worker.id());
		involvements.add(child.id(), earlyHelp.id(), worker.id(), LocalDate.of(2026, 1, 1), null, "Family support",
				org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
	}

	@Test
	void everyEarlyHelpPageAsksPeopleToSignIn() throws Exception {
		for (String url : new String[] { "/early-help", "/early-help/manager",
				"/early-help/episodes/" + UUID.randomUUID() }) {
			mvc.perform(get(url))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
		}
	}

	@Test
	void startingEarlyHelpFromTheFormOpensTheEpisodeAndARefusedFormComesBackFilledIn() throws Exception {
		mvc.perform(get("/early-help/episodes/new").param("childId", child.id().toString()).with(as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start early help")));
		mvc.perform(get("/early-help/episodes/new").param("childId", child.id().toString()).with(as(outsider)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/early-help/episodes").with(as(worker))
			.with(csrf())
			.param("childId", child.id().toString())
			.param("childIds", child.id().toString())
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("There is a problem"), containsString("#episode-reason"))));
		String location = mvc
			.perform(post("/early-help/episodes").with(as(worker))
				.with(csrf())
				.param("childId", child.id().toString())
				.param("childIds", child.id().toString())
				.param("reason", "Fay is missing school on Mondays."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fay is missing school on Mondays."),
					containsString("No lead professional for 0 working days"),
					containsString("Nobody yet (unallocated)"))));
	}

	@Test
	void theEpisodePageIsForThoseWorkingWithTheChildAndTheManagersPageForManagers() throws Exception {
		String id = openEpisode();
		mvc.perform(get("/early-help/episodes/" + id).with(as(outsider))).andExpect(status().isForbidden());
		mvc.perform(get("/early-help/episodes/" + id + "/assessment").with(as(outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/early-help/episodes/" + id + "/closure").with(as(outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/early-help/episodes/" + id + "/members").with(as(outsider))
			.with(csrf())
			.param("member-practitionerId", outsider.username())
			.param("member-part", "Housing")).andExpect(status().isForbidden());
		assertThat(db.sql("SELECT COUNT(*) FROM episode_member WHERE episode_id = ?")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();

		db.sql("UPDATE episode SET opened_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(14), UUID.fromString(id))
			.update();
		mvc.perform(get("/early-help/manager").with(as(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/early-help/manager").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(child.fullName()), containsString("Episodes with no lead professional"))));
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ? AND action = ?")
			.params(manager.id(), child.id(), "LISTED_IN_WORK_LIST")
			.query(Long.class)
			.single()).isPositive();
		mvc.perform(get("/early-help").with(as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You do not lead an early help episode")));
	}

	@Test
	void theHomePageShowsALeadProfessionalTheirFamiliesAndAManagerTheFamiliesNobodyLeads() throws Exception {
		mvc.perform(get("/").with(as(worker))).andExpect(content().string(not(containsString("Your early help"))));
		String first = openEpisode();
		openEpisode();
		long unallocated = db
			.sql("SELECT COUNT(*) FROM episode WHERE status <> 'CLOSED' AND lead_professional_id IS NULL")
			.query(Long.class)
			.single();
		mvc.perform(get("/").with(as(manager)))
			.andExpect(content().string(containsString("Families without a lead professional")))
			.andExpect(content().string(containsString("<dd class=\"govuk-summary-list__value\">" + unallocated)));

		mvc.perform(post("/early-help/episodes/" + first + "/lead-professional").with(as(worker))
			.with(csrf())
			.param("lead-practitionerId", worker.username())).andExpect(status().is3xxRedirection());
		db.sql("UPDATE episode SET next_review_on = ? WHERE id = ?")
			.params(LocalDate.now().minusDays(3), UUID.fromString(first))
			.update();
		mvc.perform(get("/").with(as(worker)))
			.andExpect(content().string(allOf(containsString("Families you lead for"), containsString("1 overdue"),
					containsString("href=\"/early-help\""))))
			.andExpect(content().string(not(containsString("Families without a lead professional"))));
	}

	@Test
	void theEpisodePageStepsTheFamilyUpToTheFrontDoorAndABlankReasonComesBackNamed() throws Exception {
		String page = "/early-help/episodes/" + openEpisode();
		mvc.perform(post(page + "/step-up").with(as(outsider)).with(csrf()).param("stepUp-reason", "Bruises."))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/step-up").with(as(worker)).with(csrf()).param("stepUp-reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"), containsString("#stepUp-reason"))));
		mvc.perform(post(page + "/step-up").with(as(worker))
			.with(csrf())
			.param("stepUp-reason", "Bruises seen twice this week.")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content().string(allOf(containsString("Contacts made to the front door from this episode"),
					containsString("Bruises seen twice this week."), containsString("Waiting for the MASH"))));
		// a second while the first waits is refused on the form, with what was typed kept
		mvc.perform(post(page + "/step-up").with(as(worker)).with(csrf()).param("stepUp-reason", "Again today."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("already stepped up"), containsString("Again today."))));
	}

	@Test
	void thePlanIsRevisedFromTheEpisodePageAndTheEarlierVersionStaysReadable() throws Exception {
		String page = "/early-help/episodes/" + openEpisode();
		mvc.perform(
				post(page + "/plan").with(as(worker)).with(csrf()).param("outcomes", "Fay is in school every Monday"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content()
				.string(allOf(containsString("Revise the plan"), not(containsString("Earlier versions of the plan")))));
		mvc.perform(post(page + "/plan").with(as(worker)).with(csrf()).param("outcomes", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#plan-outcomes")));
		mvc.perform(post(page + "/plan").with(as(worker))
			.with(csrf())
			.param("outcomes", "Fay is in school every Monday\nFay has breakfast before school"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content().string(allOf(containsString("Earlier versions of the plan"),
					containsString("Version 1"), containsString("Fay has breakfast before school"))));
	}

	@Test
	void theTeamLeadPlanReviewAndClosureAreDoneFromTheEpisodePage() throws Exception {
		String id = openEpisode();
		String page = "/early-help/episodes/" + id;
		mvc.perform(post(page + "/lead-professional").with(as(worker))
			.with(csrf())
			.param("lead-practitionerId", "nobody-" + UUID.randomUUID()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#lead-practitionerId")));
		mvc.perform(post(page + "/lead-professional").with(as(worker))
			.with(csrf())
			.param("lead-practitionerId", worker.username())).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/plan").with(as(worker))
			.with(csrf())
			.param("outcomes", "Fay is in school every Monday\nFay sleeps before ten")
			.param("plan-reviewIntervalWeeks", "6")).andExpect(status().is3xxRedirection());
		String html = mvc.perform(get(page).with(as(worker))).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher outcomes = java.util.regex.Pattern.compile("name=\"score-([0-9a-f-]{36})\"")
			.matcher(html);
		assertThat(outcomes.find()).isTrue();
		String first = outcomes.group(1);
		assertThat(outcomes.find()).isTrue();
		mvc.perform(post(page + "/reviews").with(as(worker))
			.with(csrf())
			.param("score-" + first, "3")
			.param("score-" + outcomes.group(1), "6")
			.param("whatChanged", "Fay went in on two Mondays of three.")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content().string(allOf(containsString("<svg"), containsString("Progress as a table"),
					containsString("Fay is in school every Monday: 3"), containsString("polyline"))));

		mvc.perform(post(page + "/consent").with(as(worker)).with(csrf()).param("toEarlyHelp", "yes"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("#consent-toSharing"), containsString("#consent-decidedOn"))));
		mvc.perform(post(page + "/consent").with(as(worker))
			.with(csrf())
			.param("toEarlyHelp", "yes")
			.param("toSharing", "no")
			.param("consent-decidedOn.day", "2")
			.param("consent-decidedOn.month", "3")
			.param("consent-decidedOn.year", "2026")).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/meetings").with(as(worker))
			.with(csrf())
			.param("attended", "Dad\nClass teacher")
			.param("meeting-heldAt.day", "3")
			.param("meeting-heldAt.month", "3")
			.param("meeting-heldAt.year", "2026")
			.param("decisions", "Walking bus on Mondays.")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content()
				.string(allOf(containsString("Did not agree"), containsString("Walking bus on Mondays."))));

		mvc.perform(post(page + "/closure").with(as(worker))
			.with(csrf())
			.param("reason", "NOT_ENGAGING")
			.param("summary", "Three visits, no answer."))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("#closure-whatWasTried"), containsString("Three visits, no answer."))));
		mvc.perform(post(page + "/closure").with(as(worker))
			.with(csrf())
			.param("reason", "NOT_ENGAGING")
			.param("summary", "Three visits, no answer.")
			.param("whatWasTried", "Visits at different times and a letter.")
			.param("concernsRemaining", "Monday absences continue.")).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/closure/decision").with(as(worker)).with(csrf()).param("approve", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(as(manager)))
			.andExpect(content().string(allOf(containsString("Closure awaiting approval"),
					containsString("Do you approve this closure?"))));
		mvc.perform(post(page + "/closure/decision").with(as(manager)).with(csrf()).param("approve", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(db.sql("SELECT status FROM episode WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("CLOSED");
	}

	@Test
	void theAssessmentPageShowsWhereThePrefilledDraftCameFromAndRefusesToCompleteWithoutTheChildsVoice()
			throws Exception {
		String id = openEpisode();
		mvc.perform(get("/early-help/episodes/" + id + "/assessment").with(as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Where the draft came from"),
					containsString("Involvement recorded in FullPicture"))));
		mvc.perform(post("/early-help/episodes/" + id + "/assessment").with(as(worker))
			.with(csrf())
			.param("action", "complete")
			.param("childsDevelopment", "Fay is behind in reading.")
			.param("parentingCapacity", "Dad works shifts.")
			.param("familyAndEnvironment", "Small flat.")
			.param("childsWords", "She is fine.")
			.param("analysis", "Mornings are hard.")
			.param("assessment-factors", "16A"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("#assessment-childsWords"), containsString("Fay is behind in reading."))));
	}

	@Test
	void socialCareStepsAFamilyDownFromThePageAndOthersAreNotOfferedIt() throws Exception {
		Agency socialCare = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		Practitioner socialWorker = fixtures.practitioner(socialCare);
		involvements.add(child.id(), socialCare.id(), socialWorker.id(), LocalDate.of(2025, 9, 1), null,
				"Child in need plan", org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		String start = "/early-help/episodes/new?childId=" + child.id();
		mvc.perform(get(start).with(as(worker)))
			.andExpect(content().string(not(containsString("Step the family down"))));
		mvc.perform(get(start + "&stepDown=true").with(as(worker))).andExpect(status().isForbidden());
		mvc.perform(post("/early-help/episodes").with(as(worker))
			.with(csrf())
			.param("childId", child.id().toString())
			.param("childIds", child.id().toString())
			.param("stepDown", "true")
			.param("closureSummary", "Closing.")).andExpect(status().isForbidden());
		mvc.perform(get(start).with(as(socialWorker)))
			.andExpect(content().string(containsString("Step the family down to early help")));
		mvc.perform(get(start + "&stepDown=true").with(as(socialWorker)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<h1 class=\"govuk-heading-l\">Step down to early help</h1>"),
							containsString("name=\"closureSummary\""))));
		long before = episodesOf(child);
		mvc.perform(post("/early-help/episodes").with(as(socialWorker))
			.with(csrf())
			.param("childId", child.id().toString())
			.param("childIds", child.id().toString())
			.param("stepDown", "true")
			.param("closureSummary", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#episode-closureSummary\""),
					containsString("Say why social care is closing"), containsString("value=\"true\""))));
		assertThat(episodesOf(child)).isEqualTo(before);
		String location = mvc
			.perform(post("/early-help/episodes").with(as(socialWorker))
				.with(csrf())
				.param("childId", child.id().toString())
				.param("childIds", child.id().toString())
				.param("stepDown", "true")
				.param("closureSummary", "Child in need plan ended; attendance support still needed."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(manager)))
			.andExpect(content().string(allOf(containsString("Stepped down from children&#39;s social care"),
					containsString("attendance support still needed"))));
	}

	@Test
	void aRefusedStartPostedWithoutTheChildItCameFromIsNotFoundAndStartsNothing() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM episode").query(Long.class).single();
		for (String childId : new String[] { null, "not-an-id", UUID.randomUUID().toString() }) {
			var request = post("/early-help/episodes").with(as(worker)).with(csrf()).param("reason", "");
			if (childId != null) {
				request.param("childId", childId);
			}
			mvc.perform(request).andExpect(status().isNotFound());
		}
		assertThat(db.sql("SELECT COUNT(*) FROM episode").query(Long.class).single()).isEqualTo(before);
	}

	private long episodesOf(Person child) {
		return db.sql("SELECT COUNT(*) FROM episode_child WHERE person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single();
	}

	@Test
	void whatWasTypedInTheAssessmentBetweenSavesIsOfferedBackAndGoesWhenTheAssessmentIsSaved() throws Exception {
		String id = openEpisode();
		String page = "/early-help/episodes/" + id + "/assessment";
		mvc.perform(post("/drafts/assessment-" + id).with(as(worker))
			.with(csrf())
			.param("childsDevelopment", "Half-written: reading & spelling")
			.param("assessment-factors", "16A 3A")).andExpect(status().isNoContent());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content().string(allOf(containsString("You have an unsaved draft from"),
					containsString("data-draft-key=\"assessment-" + id + "\""), not(containsString("Half-written")))));
		// the draft is the practitioner's own: a colleague on the team is not offered it
		mvc.perform(get(page).with(as(manager)))
			.andExpect(content().string(not(containsString("You have an unsaved draft"))));
		mvc.perform(get(page).param("restore-draft", "").with(as(worker)))
			.andExpect(content().string(allOf(containsString(">Half-written: reading &amp; spelling</textarea>"),
					containsString("value=\"16A 3A\""), containsString("Your unsaved draft has been restored"))));
		mvc.perform(post(page).with(as(worker))
			.with(csrf())
			.param("action", "save")
			.param("childsDevelopment", "Reading and spelling are behind.")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(worker)))
			.andExpect(content().string(allOf(not(containsString("You have an unsaved draft")),
					containsString("Reading and spelling are behind."))));
	}

	String openEpisode() throws Exception {
		String location = mvc
			.perform(post("/early-help/episodes").with(as(worker))
				.with(csrf())
				.param("childId", child.id().toString())
				.param("childIds", child.id().toString())
				.param("reason", "Fay is missing school on Mondays."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
