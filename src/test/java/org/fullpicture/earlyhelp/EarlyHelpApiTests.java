package org.fullpicture.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Decisions;
import org.fullpicture.frontdoor.NewDecision;
import org.fullpicture.people.Person;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@RecordApplicationEvents
class EarlyHelpApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Decisions decisions;

	Practitioner worker;

	Practitioner teacher;

	Practitioner outsider;

	Practitioner manager;

	Person child;

	Person sister;

	@BeforeEach
	void setUp() {
		Agency earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		outsider = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		child = fixtures.child("Ava", Fixtures.randomName(), LocalDate.of(2016, 3, 1), worker.id());
		sister = fixtures.child("Bea", child.familyName(), LocalDate.of(2018, 7, 1), worker.id());
		for (Person p : new Person[] { child, sister }) {
			involvements.add(p.id(), earlyHelp.id(), worker.id(), LocalDate.of(2026, 1, 1), null, "Family support",
					org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		}
	}

	@Test
	void anEpisodeOpensUnallocatedAndIsWrittenInEachChildsChronology() throws Exception {
		call(worker, post("/api/v1/early-help/episodes"),
				"{\"childIds\":[\"" + child.id() + "\",\"" + sister.id()
						+ "\"],\"reason\":\"Attendance has fallen and Mum asked for help.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.leadProfessionalId", nullValue()))
			.andExpect(jsonPath("$.unallocatedWorkingDays", is(0)))
			.andExpect(jsonPath("$.childIds", hasSize(2)));

		for (Person p : new Person[] { child, sister }) {
			assertThat(entriesOfType(p, "EARLY_HELP_STARTED")).isEqualTo(1);
		}
		assertThat(events.stream(EpisodeOpened.class).filter(e -> e.childIds().contains(child.id()))).hasSize(1);
	}

	@Test
	void badInputNamesEachFieldAndStoresNothing() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM episode").query(Long.class).single();
		call(worker, post("/api/v1/early-help/episodes"), "{\"childIds\":[],\"reason\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("childIds")))
			.andExpect(jsonPath("$.errors[1].field", is("reason")));
		call(worker, post("/api/v1/early-help/episodes"),
				"{\"childIds\":[\"" + UUID.randomUUID() + "\"],\"reason\":\"Help\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("childIds")));
		assertThat(db.sql("SELECT COUNT(*) FROM episode").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aPractitionerWhoMayNotReadTheChildrenCannotStartOrSeeAnEpisode() throws Exception {
		call(outsider, post("/api/v1/early-help/episodes"),
				"{\"childIds\":[\"" + child.id() + "\"],\"reason\":\"Help\"}")
			.andExpect(status().isForbidden());
		String id = open(child);
		call(outsider, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isForbidden());
		call(outsider, get("/api/v1/early-help/episodes/" + id + "/assessment"), null)
			.andExpect(status().isForbidden());
		call(outsider, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + outsider.id() + "\"}")
			.andExpect(status().isForbidden());
		call(outsider, post("/api/v1/early-help/episodes/" + id + "/members"),
				"{\"practitionerId\":\"" + outsider.id() + "\",\"part\":\"Housing\"}")
			.andExpect(status().isForbidden());
		call(outsider, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"OUTCOMES_MET\",\"summary\":\"Done\"}")
			.andExpect(status().isForbidden());
		assertThat(db.sql("SELECT status FROM episode WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("OPEN");
		call(outsider, get("/api/v1/early-help/episodes").param("unallocated", "true"), null)
			.andExpect(status().isForbidden());
	}

	@Test
	void aSchoolInTheTeamAroundTheFamilySeesTheEpisodeAndTheChronologyUntilItsMembershipEnds() throws Exception {
		String id = open(child);
		call(teacher, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isForbidden());
		call(teacher, get("/api/v1/people/" + child.id() + "/chronology"), null)
			.andExpect(jsonPath("$.access", is("own-agency-entries")));

		String member = call(worker, post("/api/v1/early-help/episodes/" + id + "/members"),
				"{\"practitionerId\":\"" + teacher.id() + "\",\"part\":\"Attendance support\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.current", is(true)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		call(teacher, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.team[0].part", is("Attendance support")));
		call(teacher, get("/api/v1/people/" + child.id() + "/chronology"), null)
			.andExpect(jsonPath("$.access", is("full")));
		assertThat(db.sql(
				"SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ? AND grounds = 'TEAM_AROUND_THE_FAMILY'")
			.params(teacher.id(), child.id())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(events.stream(TeamMembershipChanged.class).filter(e -> e.practitionerId().equals(teacher.id())))
			.hasSize(1);

		call(worker,
				post("/api/v1/early-help/episodes/" + id + "/members/" + JsonPath.read(member, "$.id") + "/ending"),
				null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current", is(false)));
		call(teacher, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isForbidden());
		call(teacher, get("/api/v1/people/" + child.id() + "/chronology"), null)
			.andExpect(jsonPath("$.access", is("own-agency-entries")));
	}

	@Test
	void handingOverTheLeadNeedsANoteRecordsItAndTellsTheTeam() throws Exception {
		String id = open(child);
		call(worker, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + worker.id() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadProfessionalId", is(worker.id().toString())));
		call(worker, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + teacher.id() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("handoverNote")));
		call(worker, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + teacher.id()
						+ "\",\"handoverNote\":\"Ava is settled at school; Mum prefers texts.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadProfessionalId", is(teacher.id().toString())))
			.andExpect(jsonPath("$.handovers", hasSize(2)))
			.andExpect(jsonPath("$.handovers[1].note", is("Ava is settled at school; Mum prefers texts.")));

		// the new lead reads the record as lead professional; the old lead keeps their
		// agency's involvement
		call(teacher, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isOk());
		assertThat(
				db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND grounds = 'LEAD_PROFESSIONAL'")
					.param(teacher.id())
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(entriesOfType(child, "LEAD_PROFESSIONAL_SET")).isEqualTo(2);
		assertThat(events.stream(LeadProfessionalChanged.class)
			.filter(e -> e.episodeId().toString().equals(id) && teacher.id().equals(e.toPractitionerId())
					&& worker.id().equals(e.fromPractitionerId())))
			.hasSize(1);
		assertThat(
				events.stream(NoticeIssued.class)
					.filter(n -> n.kind().equals("LEAD_PROFESSIONAL_CHANGED")
							&& n.practitionerIds().contains(teacher.id()) && n.practitionerIds().contains(worker.id())))
			.hasSize(1);
	}

	@Test
	void closingAsNotEngagingWaitsForAManagerWhoAloneApprovesAndEveryoneIsTold() throws Exception {
		String id = open(child);
		call(worker, post("/api/v1/early-help/episodes/" + id + "/members"),
				"{\"practitionerId\":\"" + teacher.id() + "\",\"part\":\"Attendance\"}")
			.andExpect(status().isCreated());

		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"NOT_ENGAGING\",\"summary\":\"Three home visits, no answer.\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("whatWasTried")))
			.andExpect(jsonPath("$.errors[1].field", is("concernsRemaining")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"NOT_ENGAGING\",\"summary\":\"Three home visits, no answer.\",\"whatWasTried\":\"Visits at different times, letters, a call from school.\",\"concernsRemaining\":\"Ava's attendance is 71%.\"}")
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status", is("CLOSURE_AWAITING_APPROVAL")))
			.andExpect(jsonPath("$.closure.needsApproval", is(true)));
		assertThat(events.stream(NoticeIssued.class)
			.filter(n -> n.kind().equals("CLOSURE_AWAITING_APPROVAL") && n.practitionerIds().contains(manager.id())))
			.hasSize(1);

		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure/decision"), "{\"approve\":true}")
			.andExpect(status().isForbidden());
		call(teacher, post("/api/v1/early-help/episodes/" + id + "/closure/decision"), "{\"approve\":true}")
			.andExpect(status().isForbidden());
		call(worker, get("/api/v1/early-help/episodes/" + id), null)
			.andExpect(jsonPath("$.status", is("CLOSURE_AWAITING_APPROVAL")));
		assertThat(events.stream(EpisodeClosed.class).filter(e -> e.episodeId().toString().equals(id))).isEmpty();

		call(manager, post("/api/v1/early-help/episodes/" + id + "/closure/decision"),
				"{\"approve\":true,\"note\":\"Agreed; school will keep watching attendance.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CLOSED")))
			.andExpect(jsonPath("$.closure.decidedBy", is(manager.id().toString())));

		assertThat(events.stream(EpisodeClosed.class)
			.filter(e -> e.episodeId().toString().equals(id) && e.reason() == ClosureReason.NOT_ENGAGING)).hasSize(1);
		assertThat(events.stream(NoticeIssued.class)
			.filter(n -> n.kind().equals("CLOSURE_APPROVED") && n.practitionerIds().contains(teacher.id())
					&& n.practitionerIds().contains(worker.id())))
			.hasSize(1);
		assertThat(entriesOfType(child, "EARLY_HELP_CLOSED")).isEqualTo(1);
		// the closed episode's team no longer gives grounds
		call(teacher, get("/api/v1/early-help/episodes/" + id), null).andExpect(status().isForbidden());
	}

	@Test
	void aRefusedClosureKeepsTheEpisodeOpenAndSaysWhy() throws Exception {
		String id = open(child);
		askToClose(id, "CONSENT_WITHDRAWN");
		call(manager, post("/api/v1/early-help/episodes/" + id + "/closure/decision"), "{\"approve\":false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("note")));
		call(manager, post("/api/v1/early-help/episodes/" + id + "/closure/decision"),
				"{\"approve\":false,\"note\":\"Offer a visit with the school nurse first.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("OPEN")));
		assertThat(events.stream(NoticeIssued.class)
			.filter(n -> n.kind().equals("CLOSURE_REFUSED") && n.practitionerIds().contains(worker.id()))).hasSize(1);
		call(manager, post("/api/v1/early-help/episodes/" + id + "/closure/decision"), "{\"approve\":true}")
			.andExpect(status().isConflict());
	}

	@Test
	void closingBecauseOutcomesAreMetClosesAtOnceAndAMoveNamesTheArea() throws Exception {
		String id = open(child);
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"MOVED_AWAY\",\"summary\":\"Moved.\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("movedTo")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"SOMETHING\",\"summary\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"OUTCOMES_MET\",\"summary\":\"Ava is in school every day and says she is happier.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CLOSED")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"OUTCOMES_MET\",\"summary\":\"Again\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void aPlanIsReviewedByScoringEveryOutcomeFromZeroToTen() throws Exception {
		String id = open(child);
		String episode = call(worker, post("/api/v1/early-help/episodes/" + id + "/plan"),
				"{\"outcomes\":[\"Ava is in school every day\",\"Ava sleeps in her own bed\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reviewIntervalWeeks", is(6)))
			.andExpect(jsonPath("$.outcomes", hasSize(2)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String first = JsonPath.read(episode, "$.outcomes[0].id");
		String second = JsonPath.read(episode, "$.outcomes[1].id");
		assertThat((String) JsonPath.read(episode, "$.nextReviewDue")).isNotNull();

		String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
		call(worker, post("/api/v1/early-help/episodes/" + id + "/reviews"),
				"{\"heldOn\":\"" + today + "\",\"whatChanged\":\"Better\",\"scores\":[{\"outcomeId\":\"" + first
						+ "\",\"score\":11}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("scores[0].score")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/reviews"),
				"{\"heldOn\":\"" + today + "\",\"whatChanged\":\"Better\",\"scores\":[{\"outcomeId\":\"" + first
						+ "\",\"score\":4}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("scores")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/reviews"),
				"{\"heldOn\":\"" + today
						+ "\",\"whatChanged\":\"Ava went in four days of five.\",\"scores\":[{\"outcomeId\":\"" + first
						+ "\",\"score\":4},{\"outcomeId\":\"" + second + "\",\"score\":7}]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scores." + first, is(4)));
		assertThat(entriesOfType(child, "PLAN")).isEqualTo(1);
		assertThat(entriesOfType(child, "EARLY_HELP_REVIEW")).isEqualTo(1);
	}

	@Test
	void actionsHaveAnOwnerADueDateAndAStatusAndShowWhenOverdue() throws Exception {
		String id = open(child);
		call(worker, post("/api/v1/early-help/episodes/" + id + "/actions"), "{\"description\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("description")))
			.andExpect(jsonPath("$.errors[1].field", is("ownerId")))
			.andExpect(jsonPath("$.errors[2].field", is("dueDate")));
		String action = call(worker, post("/api/v1/early-help/episodes/" + id + "/actions"),
				"{\"description\":\"Book the school nurse\",\"ownerId\":\"" + teacher.id()
						+ "\",\"dueDate\":\"2026-01-05\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.overdue", is(true)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String actionId = JsonPath.read(action, "$.id");
		call(outsider, patch("/api/v1/actions/" + actionId), "{\"status\":\"DONE\"}").andExpect(status().isForbidden());
		call(worker, patch("/api/v1/actions/" + actionId), "{\"status\":\"DONE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DONE")))
			.andExpect(jsonPath("$.overdue", is(false)));
	}

	@Test
	void aMeetingRecordsWhoCameWhoDidNotTheViewsAndTheDecisions() throws Exception {
		String id = open(child);
		call(worker, post("/api/v1/early-help/episodes/" + id + "/meetings"), "{\"attended\":[]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("heldAt")))
			.andExpect(jsonPath("$.errors[1].field", is("attended")))
			.andExpect(jsonPath("$.errors[2].field", is("decisions")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/meetings"),
				"{\"heldAt\":\"2026-02-02T10:00:00Z\",\"attended\":[\"Mum\",\"Class teacher\"],\"invitedNotAttended\":[\"GP\"],"
						+ "\"childsViews\":\"Ava said: 'I like maths'.\",\"familyViews\":\"Mum wants help with mornings.\",\"decisions\":\"Breakfast club from Monday.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitedNotAttended[0]", is("GP")));
		assertThat(entriesOfType(child, "MEETING")).isEqualTo(1);
	}

	@Test
	void withdrawnConsentWithConcernsRemainingAsksTheLeadToConsiderAReferral() throws Exception {
		String id = open(child);
		call(worker, post("/api/v1/early-help/episodes/" + id + "/consent"),
				"{\"toEarlyHelp\":true,\"toSharing\":true,\"decidedOn\":\"2026-02-01\"}")
			.andExpect(status().isCreated());
		call(worker, post("/api/v1/early-help/episodes/" + id + "/consent"),
				"{\"toEarlyHelp\":false,\"toSharing\":false,\"decidedOn\":\"2026-03-01\",\"concernsRemain\":true,\"note\":\"Dad said no more visits.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.toEarlyHelp", is(false)));
		call(worker, get("/api/v1/early-help/episodes/" + id), null).andExpect(jsonPath("$.consent", hasSize(2)));
		assertThat(events.stream(NoticeIssued.class).filter(n -> n.kind().equals("CONSIDER_FRONT_DOOR_REFERRAL")))
			.hasSize(1);
	}

	@Test
	void onlyManagersListUnallocatedEpisodesAndPractitionersListTheirOwn() throws Exception {
		String unallocated = open(child);
		String mine = open(sister);
		call(worker, put("/api/v1/early-help/episodes/" + mine + "/lead-professional"),
				"{\"practitionerId\":\"" + worker.id() + "\"}")
			.andExpect(status().isOk());
		String managerList = call(manager,
				get("/api/v1/early-help/episodes").param("unallocated", "true").param("size", "200"), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(managerList).contains(unallocated).doesNotContain(mine);
		call(worker, get("/api/v1/early-help/episodes").param("unallocated", "true"), null)
			.andExpect(status().isForbidden());
		call(worker, get("/api/v1/early-help/episodes").param("mine", "true"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.episodes", hasSize(1)))
			.andExpect(jsonPath("$.episodes[0].id", is(mine)));
	}

	@Test
	void meSaysWhoTheTokenBelongsTo() throws Exception {
		call(manager, get("/api/v1/me"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.practitionerId", is(manager.id().toString())))
			.andExpect(jsonPath("$.agencyId", is(manager.agencyId().toString())))
			.andExpect(jsonPath("$.roles[0]", is("MANAGER")));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void theEarlyHelpApiIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/early-help/episodes'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/early-help/episodes/{id}/lead-professional'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/early-help/episodes/{id}/assessment/completion'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/early-help/episodes/{id}/closure/decision'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/actions/{id}'].patch").exists());
	}

	@Test
	void aStepUpMakesAFrontDoorContactWithTheHistoryAndTheEpisodeKeepsTheMashDecision() throws Exception {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		String id = open(child);
		call(worker, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + worker.id() + "\"}")
			.andExpect(status().isOk());
		String stepUp = "/api/v1/early-help/episodes/" + id + "/step-up";

		call(outsider, post(stepUp), "{\"reason\":\"Bruises seen twice this week.\"}")
			.andExpect(status().isForbidden());
		call(worker, post(stepUp), "{\"reason\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		String body = call(worker, post(stepUp), "{\"reason\":\"Bruises seen twice this week.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference", org.hamcrest.Matchers.startsWith("FP-")))
			.andExpect(jsonPath("$.outcome", nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		call(worker, post(stepUp), "{\"reason\":\"And again.\"}").andExpect(status().isConflict());

		String contactId = JsonPath.read(body, "$.contactId");
		call(mash, get("/api/v1/contacts/" + contactId), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.whatHappened",
					allOf(containsString("Step-up from early help"), containsString("Attendance has fallen."),
							containsString("Lead professional: " + worker.displayName()))))
			.andExpect(jsonPath("$.worries", is("Bruises seen twice this week.")));

		decisions.decide(UUID.fromString(contactId),
				new NewDecision(2, DecisionOutcome.EARLY_HELP, "Early help goes on with a safety plan.", null), mash);
		for (int i = 0; i < 100
				&& JsonPath.read(call(worker, get("/api/v1/early-help/episodes/" + id), null).andReturn()
					.getResponse()
					.getContentAsString(), "$.stepUps[0].outcome") == null; i++) {
			Thread.sleep(100);
		}
		call(worker, get("/api/v1/early-help/episodes/" + id), null)
			.andExpect(jsonPath("$.stepUps[0].outcome", is("EARLY_HELP")))
			.andExpect(jsonPath("$.status", is("OPEN")));
		// kept at early help, the family goes on in this episode, not a new one
		assertThat(db.sql("SELECT COUNT(*) FROM episode WHERE from_contact_id = ?")
			.param(UUID.fromString(contactId))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void socialCareStepsAFamilyDownAndAnUnallocatedEpisodeStartsFromItsClosureSummary() throws Exception {
		Agency socialCare = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		Practitioner socialWorker = fixtures.practitioner(socialCare);
		involvements.add(child.id(), socialCare.id(), socialWorker.id(), LocalDate.of(2025, 9, 1), null,
				"Child in need plan", org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		String body = "{\"childIds\":[\"" + child.id()
				+ "\"],\"closureSummary\":\"Child in need plan ended; attendance support still needed.\"}";

		call(worker, post("/api/v1/early-help/step-downs"), body).andExpect(status().isForbidden());
		call(socialWorker, post("/api/v1/early-help/step-downs"),
				"{\"childIds\":[\"" + child.id() + "\"],\"closureSummary\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("closureSummary")));
		long started = entriesOfType(child, "EARLY_HELP_STARTED");
		call(socialWorker, post("/api/v1/early-help/step-downs"), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.leadProfessionalId", nullValue()))
			.andExpect(jsonPath("$.reason", allOf(containsString("Stepped down from children's social care"),
					containsString("attendance support still needed"))));
		assertThat(entriesOfType(child, "EARLY_HELP_STARTED")).isEqualTo(started + 1);
	}

	@Test
	void aSecondPlanRevisesTheFirstKeepingUnchangedOutcomesAndEarlierVersionsReadable() throws Exception {
		String id = open(child);
		String plan = "/api/v1/early-help/episodes/" + id + "/plan";
		String first = JsonPath.read(call(worker, post(plan),
				"{\"outcomes\":[\"Ava is in school every day\",\"Ava sleeps in her own bed\"]}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.outcomes[0].id");
		call(worker, post(plan), "{\"outcomes\":[\" \"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("outcomes[0]")));

		call(worker, post(plan),
				"{\"outcomes\":[\"Ava walks to school with a friend\",\"Ava is in school every day\"],\"reviewIntervalWeeks\":4}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcomes[*].description",
					org.hamcrest.Matchers.contains("Ava walks to school with a friend", "Ava is in school every day")))
			.andExpect(jsonPath("$.outcomes[1].id", is(first)))
			.andExpect(jsonPath("$.reviewIntervalWeeks", is(4)))
			.andExpect(jsonPath("$.planVersions", hasSize(2)))
			.andExpect(jsonPath("$.planVersions[0].outcomes",
					org.hamcrest.Matchers.contains("Ava is in school every day", "Ava sleeps in her own bed")))
			.andExpect(jsonPath("$.planVersions[1].version", is(2)));
		assertThat(entriesOfType(child, "PLAN")).isEqualTo(2);
	}

	String open(Person p) throws Exception {
		String body = call(worker, post("/api/v1/early-help/episodes"),
				"{\"childIds\":[\"" + p.id() + "\"],\"reason\":\"Attendance has fallen.\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	void askToClose(String id, String reason) throws Exception {
		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"), "{\"reason\":\"" + reason
				+ "\",\"summary\":\"Dad asked us to stop.\",\"whatWasTried\":\"Two visits and a call.\",\"concernsRemaining\":\"None beyond attendance.\"}")
			.andExpect(status().isAccepted());
	}

	long entriesOfType(Person p, String type) {
		return db
			.sql("SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id "
					+ "WHERE c.person_id = ? AND e.type = ?")
			.params(p.id(), type)
			.query(Long.class)
			.single();
	}

	ResultActions call(Practitioner as, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", fixtures.bearer(mvc, as));
		if (body != null) {
			request.contentType("application/json").content(body);
		}
		return mvc.perform(request);
	}

}
