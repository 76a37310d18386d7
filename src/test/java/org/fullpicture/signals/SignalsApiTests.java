package org.fullpicture.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.earlyhelp.LeadProfessionalChanged;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class SignalsApiTests {

	/**
	 * Notices as the notify module would receive them, whichever thread publishes them.
	 */
	@TestConfiguration
	static class Notices {

		final List<NoticeIssued> issued = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(NoticeIssued notice) {
			issued.add(notice);
		}

	}

	@Autowired
	Notices notices;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	Family family;

	Person child;

	@BeforeEach
	void setUp() {
		family = new Family(mvc, fixtures, people, db);
		child = family.child(LocalDate.now().minusYears(15));
	}

	String bearer(Practitioner p) throws Exception {
		return fixtures.bearer(mvc, p);
	}

	String selfHarmSignal() throws Exception {
		family.record(child, AgencyType.EMERGENCY_DEPARTMENT, "SELF_HARM", 1);
		return (String) family.signals(child, "self-harm").get(0).get("id");
	}

	ResultActions as(Practitioner p, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.header("Authorization", bearer(p)).contentType("application/json"));
	}

	@Test
	void aSignalIsAcknowledgedThenActionedWithWhatWasDoneAndCannotBeDismissedAfter() throws Exception {
		String id = selfHarmSignal();
		as(family.mash, post("/api/v1/signals/" + id + "/acknowledge")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ACKNOWLEDGED")));
		as(family.mash, post("/api/v1/signals/" + id + "/acknowledge")).andExpect(status().isConflict());
		as(family.mash, post("/api/v1/signals/" + id + "/action").content("{\"whatWasDone\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("whatWasDone")));
		as(family.mash,
				post("/api/v1/signals/" + id + "/action").content("{\"whatWasDone\":\"Rang CAMHS: seen today.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ACTIONED")))
			.andExpect(jsonPath("$.whatWasDone", is("Rang CAMHS: seen today.")));
		as(family.mash, post("/api/v1/signals/" + id + "/dismiss").content("{\"reason\":\"Late\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aDismissedSignalIsRaisedAgainOnlyByNewEvidence() throws Exception {
		Person boy = family.child(LocalDate.now().minusYears(10));
		family.record(boy, AgencyType.SCHOOL, "CONCERN", 20);
		family.record(boy, AgencyType.GP, "CONCERN", 10);
		family.record(boy, AgencyType.SCHOOL, "CONCERN", 5);
		String id = (String) family.signals(boy, "low-level-concerns").get(0).get("id");
		as(family.mash, post("/api/v1/signals/" + id + "/dismiss").content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		as(family.mash, post("/api/v1/signals/" + id + "/dismiss").content("{\"reason\":\"Known: one family event\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DISMISSED")));

		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		as(admin, post("/api/v1/signals/evaluation").param("personId", boy.id().toString())).andExpect(status().isOk())
			.andExpect(jsonPath("$.signalsRaised", is(0)));
		assertThat(family.signals(boy, "low-level-concerns")).hasSize(1);

		UUID fourth = family.record(boy, AgencyType.GP, "CONCERN", 1);
		List<Map<String, Object>> signals = family.signals(boy, "low-level-concerns");
		assertThat(signals).hasSize(2);
		assertThat(Family.evidence(signals.get(0))).contains(fourth.toString());
	}

	@Test
	void newEvidenceJoinsTheOpenSignalInsteadOfRaisingASecond() throws Exception {
		Person girl = family.child(LocalDate.now().minusYears(10));
		family.record(girl, AgencyType.SCHOOL, "CONCERN", 20);
		family.record(girl, AgencyType.GP, "CONCERN", 10);
		family.record(girl, AgencyType.SCHOOL, "CONCERN", 5);
		UUID fourth = family.record(girl, AgencyType.HEALTH_VISITING, "CONCERN", 1);
		List<Map<String, Object>> signals = family.signals(girl, "low-level-concerns");
		assertThat(signals).hasSize(1);
		assertThat(Family.evidence(signals.get(0))).hasSize(4).contains(fourth.toString());
	}

	@Test
	void onlyReadersOfTheChildsChronologyMaySeeOrActOnItsSignalsAndEachReadIsAudited() throws Exception {
		String id = selfHarmSignal();
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		as(stranger, get("/api/v1/people/" + child.id() + "/signals")).andExpect(status().isForbidden());
		as(stranger, get("/api/v1/signals/" + id)).andExpect(status().isForbidden());
		as(stranger, post("/api/v1/signals/" + id + "/acknowledge")).andExpect(status().isForbidden());
		as(stranger, post("/api/v1/signals/" + id + "/action").content("{\"whatWasDone\":\"x\"}"))
			.andExpect(status().isForbidden());
		as(stranger, post("/api/v1/signals/" + id + "/dismiss").content("{\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/people/" + child.id() + "/signals")).andExpect(status().isUnauthorized());

		long audited = db.sql("SELECT COUNT(*) FROM audit_event WHERE person_id = ? AND action = 'VIEWED_SIGNALS'")
			.param(child.id())
			.query(Long.class)
			.single();
		as(family.mash, get("/api/v1/people/" + child.id() + "/signals")).andExpect(status().isOk());
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE person_id = ? AND action = 'VIEWED_SIGNALS'")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(audited + 1);
		assertThat(
				db.sql("SELECT COUNT(*) FROM signal WHERE person_id = ?").param(child.id()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aSignalGoesToTheLeadProfessionalWhoIsToldAndSeesItAmongTheirSignals() throws Exception {
		Practitioner lead = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
		UUID episode = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> publisher
			.publishEvent(new LeadProfessionalChanged(episode, List.of(child.id()), null, lead.id(), Instant.now())));
		family.awaitListeners(episode.toString());
		String id = selfHarmSignal();

		assertThat(family.signals(child, "self-harm").get(0)).containsEntry("routedTo", lead.id().toString());
		assertThat(notices.issued.stream()
			.filter(n -> n.link().equals("/signals/" + id))
			.findFirst()
			.orElseThrow()
			.practitionerIds()).containsExactly(lead.id());
		String mine = as(lead, get("/api/v1/signals")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$.signals[*].id")).containsExactly(id);
		as(fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL)), get("/api/v1/signals"))
			.andExpect(jsonPath("$.total", is(0)));
	}

	@Test
	void threeContactsEndingInNoFurtherActionWithinAYearAskAManagerToReview() throws Exception {
		Person boy = family.child(LocalDate.now().minusYears(8));
		decide(boy, DecisionOutcome.NO_FURTHER_ACTION, 300);
		decide(boy, DecisionOutcome.EARLY_HELP, 200);
		decide(boy, DecisionOutcome.NO_FURTHER_ACTION, 100);
		assertThat(family.signals(boy, "repeated-no-further-action")).isEmpty();
		UUID third = decide(boy, DecisionOutcome.NO_FURTHER_ACTION, 1);
		List<Map<String, Object>> signals = family.signals(boy, "repeated-no-further-action");
		assertThat(signals).singleElement().satisfies(s -> {
			assertThat(s).containsEntry("route", "MANAGER");
			assertThat(Family.evidence(s)).hasSize(3).contains(third.toString());
		});
	}

	@Test
	void harmfulSexualBehaviourWithNoSafeguardingResponseInTenWorkingDaysGoesToAManager() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		Person unanswered = family.child(LocalDate.now().minusYears(13));
		UUID hsb = family.record(unanswered, AgencyType.SCHOOL, "HARMFUL_SEXUAL_BEHAVIOUR", 21);
		Person answered = family.child(LocalDate.now().minusYears(13));
		// the response is shared first: recorded late, an unanswered entry would be
		// overdue at once
		family.record(answered, AgencyType.CHILDRENS_SOCIAL_CARE, "STRATEGY_DISCUSSION", 18);
		family.record(answered, AgencyType.SCHOOL, "HARMFUL_SEXUAL_BEHAVIOUR", 21);
		Person recent = family.child(LocalDate.now().minusYears(13));
		family.record(recent, AgencyType.SCHOOL, "HARMFUL_SEXUAL_BEHAVIOUR", 3);

		for (Person p : List.of(unanswered, answered, recent)) {
			as(admin, post("/api/v1/signals/evaluation").param("personId", p.id().toString()))
				.andExpect(status().isOk());
		}
		assertThat(family.signals(unanswered, "hsb-no-response")).singleElement().satisfies(s -> {
			assertThat(s).containsEntry("route", "MANAGER");
			assertThat(Family.evidence(s)).containsExactly(hsb.toString());
		});
		assertThat(family.signals(answered, "hsb-no-response")).isEmpty();
		assertThat(family.signals(recent, "hsb-no-response")).isEmpty();
	}

	@Test
	void rulesAreReadByAnyoneAndChangedOnlyByAdministratorsEachChangeANewVersion() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		as(teacher, get("/api/v1/rules")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.length()", is(12)))
			.andExpect(jsonPath("$.rules[?(@.id == 'repeat-missing')].parameters.windowDays").value(30));
		as(teacher,
				put("/api/v1/rules/repeat-missing").content("{\"parameters\":{\"windowDays\":45},\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());
		as(teacher, post("/api/v1/signals/evaluation")).andExpect(status().isForbidden());
		as(admin,
				put("/api/v1/rules/repeat-missing")
					.content("{\"parameters\":{\"windowDays\":0,\"colour\":1},\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("reason", "parameters.colour")));

		int before = JsonPath.read(
				as(admin, get("/api/v1/rules/repeat-missing")).andReturn().getResponse().getContentAsString(),
				"$.version");
		as(admin,
				put("/api/v1/rules/repeat-missing")
					.content("{\"parameters\":{\"windowDays\":45},\"reason\":\"Local procedure\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(before + 1)))
			.andExpect(jsonPath("$.parameters.windowDays", is(45)))
			.andExpect(jsonPath("$.parameters.minEntries", is(3)));
		as(admin,
				put("/api/v1/rules/repeat-missing")
					.content("{\"parameters\":{\"windowDays\":30},\"reason\":\"Back to the default\"}"))
			.andExpect(jsonPath("$.version", is(before + 2)));
		assertThat(db.sql("SELECT COUNT(*) FROM signal_rule_change WHERE rule_id = 'repeat-missing' AND changed_by = ?")
			.param(admin.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aLoweredThresholdTakesEffectAndTheSignalNamesTheRuleVersionThatRaisedIt() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		Person girl = family.child(LocalDate.now().minusYears(14));
		family.record(girl, AgencyType.EMERGENCY_DEPARTMENT, "SELF_HARM", 200);
		family.record(girl, AgencyType.EMERGENCY_DEPARTMENT, "SELF_HARM", 100);
		assertThat(family.signals(girl, "repeat-self-harm")).isEmpty();
		int version = JsonPath.read(as(admin,
				put("/api/v1/rules/repeat-self-harm")
					.content("{\"parameters\":{\"windowDays\":120},\"reason\":\"Trial a longer window\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version");
		try {
			as(admin, post("/api/v1/signals/evaluation").param("personId", girl.id().toString()))
				.andExpect(jsonPath("$.signalsRaised", is(1)));
			assertThat(family.signals(girl, "repeat-self-harm").get(0)).containsEntry("ruleVersion", version);
		}
		finally {
			as(admin,
					put("/api/v1/rules/repeat-self-harm")
						.content("{\"parameters\":{\"windowDays\":90},\"reason\":\"Trial over\"}"))
				.andExpect(status().isOk());
		}
	}

	UUID decide(Person child, DecisionOutcome outcome, int daysAgo) throws InterruptedException {
		UUID contact = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new ContactDecided(contact, List.of(child.id()),
				1, outcome, family.mash.id(), Instant.now().minus(Duration.ofDays(daysAgo)), null)));
		family.awaitListeners(contact.toString());
		return contact;
	}

	@Test
	void anEvaluationOfEveryChildRunsInTheBackgroundForAdministratorsToFollow() throws Exception {
		Person boy = family.child(LocalDate.now().minusYears(9));
		family.record(boy, AgencyType.SCHOOL, "CONCERN", 3);
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));

		String location = as(admin, post("/api/v1/signals/evaluation")).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").isString())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith("/api/v1/signals/evaluations/");

		as(teacher, get(location)).andExpect(status().isForbidden());
		as(admin, get("/api/v1/signals/evaluations/" + UUID.randomUUID())).andExpect(status().isNotFound());
		String progress = as(admin, get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.startedBy", is(admin.id().toString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
		while ("RUNNING".equals(JsonPath.read(progress, "$.status")) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
			progress = as(admin, get(location)).andReturn().getResponse().getContentAsString();
		}
		assertThat((String) JsonPath.read(progress, "$.status")).isEqualTo("FINISHED");
		assertThat((Integer) JsonPath.read(progress, "$.childrenEvaluated")).isPositive();
		assertThat((String) JsonPath.read(progress, "$.finishedAt")).isNotNull();
	}

	@Test
	void aRunThatStoppedWithoutFinishingIsInterruptedAndWhileOneRunsAnotherIsNotStarted() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		UUID stopped = run(admin, Instant.now().minus(Duration.ofHours(1)));
		as(admin, get("/api/v1/signals/evaluations/" + stopped)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("INTERRUPTED")));

		UUID running = run(admin, Instant.now());
		try {
			as(admin, post("/api/v1/signals/evaluation")).andExpect(status().isAccepted())
				.andExpect(jsonPath("$.id", is(running.toString())));
			as(admin, get("/api/v1/signals/evaluations/" + running)).andExpect(jsonPath("$.status", is("RUNNING")));
		}
		finally {
			db.sql("UPDATE signal_evaluation_run SET finished_at = ? WHERE id = ?")
				.params(OffsetDateTime.now(), running)
				.update();
		}
	}

	/** A run as the table holds it, unfinished, last moving on at that time. */
	private UUID run(Practitioner by, Instant progressedAt) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = progressedAt.atOffset(ZoneOffset.UTC);
		db.sql("INSERT INTO signal_evaluation_run (id, started_by, started_at, progressed_at) VALUES (?, ?, ?, ?)")
			.params(id, by.id(), at, at)
			.update();
		return id;
	}

}
