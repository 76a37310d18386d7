package org.fullpicture.earlyhelp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Grounds;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.shared.OpenWork;
import org.fullpicture.shared.OpenWorkSource;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment prefilled from the record, the raise of unallocated work, the front
 * door's decisions, open work.
 */
@DatabaseTest
@RecordApplicationEvents
class EarlyHelpWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	People people;

	@Autowired
	FamilyNetwork familyNetwork;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectProvider<OpenWorkSource> openWork;

	@Autowired
	AccessPolicy policy;

	Agency earlyHelp;

	Practitioner worker;

	Practitioner manager;

	Person child;

	@BeforeEach
	void setUp() {
		earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		child = fixtures.child("Cal", Fixtures.randomName(), LocalDate.of(2015, 4, 1), worker.id());
		involvements.add(child.id(), earlyHelp.id(), worker.id(), LocalDate.of(2026, 1, 1), null, "Family support",
				org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
	}

	@Test
	void theAssessmentStartsFilledInFromTheRecordWithItsSourcesAndCompletesOnlyWithTheChildsVoice() throws Exception {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		Person mum = fixtures.child("Dee", child.familyName(), LocalDate.of(1990, 1, 1), worker.id());
		familyNetwork.relate(mum.id(), child.id(), RelationshipType.PARENT, null);
		String entry = call(teacher, post("/api/v1/chronology"), "{\"childIds\":[\"" + child.id()
				+ "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-02-03T09:00:00Z\",\"text\":\"Cal came in hungry and asked for toast twice.\",\"factors\":[\"16A\"]}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String entryId = JsonPath.read(entry, "$.id");
		String id = open();

		call(worker, get("/api/v1/early-help/episodes/" + id + "/assessment"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("NOT_STARTED")))
			.andExpect(jsonPath("$.text.factors", hasItem("16A")))
			.andExpect(jsonPath("$.prefilled.factors[0].entryId", is(entryId)))
			.andExpect(jsonPath("$.prefilled.factors[0].source", containsString(school.name())))
			.andExpect(jsonPath("$.prefilled.recentEntries[*].entryId", hasItem(entryId)))
			.andExpect(jsonPath("$.prefilled.familyNetwork[0].description", containsString("Dee")))
			.andExpect(jsonPath("$.prefilled.involvements[*].description", hasItem(containsString(earlyHelp.name()))))
			.andExpect(jsonPath("$.text.childsDevelopment", containsString("asked for toast twice")))
			.andExpect(jsonPath("$.text.familyAndEnvironment", containsString("Dee")));

		call(worker, post("/api/v1/early-help/episodes/" + id + "/assessment/completion"), null)
			.andExpect(status().isConflict());
		String draft = "{\"childsDevelopment\":\"Cal is often hungry at school.\",\"parentingCapacity\":\"Mum works nights.\","
				+ "\"familyAndEnvironment\":\"Two rooms, shared with Dee.\",\"childsWords\":%s,\"familyView\":\"Mum wants help.\","
				+ "\"strengths\":\"Cal loves football.\",\"factors\":[\"16A\"],\"analysis\":\"Mornings are chaotic; food runs out.\"}";
		call(worker, put("/api/v1/early-help/episodes/" + id + "/assessment"), draft.formatted("\"He is fine.\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DRAFT")))
			.andExpect(jsonPath("$.savedBy", is(worker.id().toString())));
		call(worker, put("/api/v1/early-help/episodes/" + id + "/assessment"), "{\"factors\":[\"99Z\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("factors[0]")));
		call(worker, post("/api/v1/early-help/episodes/" + id + "/assessment/completion"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("childsWords")));

		call(worker, put("/api/v1/early-help/episodes/" + id + "/assessment"),
				draft.formatted("\"I saw Cal alone at school. Cal told me: 'there's no cereal left when I get up'.\""))
			.andExpect(status().isOk());
		call(worker, post("/api/v1/early-help/episodes/" + id + "/assessment/completion"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessment.status", is("COMPLETED")))
			.andExpect(jsonPath("$.assessment.completedBy", is(worker.id().toString())))
			.andExpect(jsonPath("$.childsVoice.flagged", is(false)));
		assertThat(db.sql("SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id "
				+ "JOIN chronology_entry_factor f ON f.entry_id = e.id WHERE c.person_id = ? AND e.type = 'ASSESSMENT' AND f.code = '16A'")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		call(worker, put("/api/v1/early-help/episodes/" + id + "/assessment"), draft.formatted("\"x\""))
			.andExpect(status().isConflict());
	}

	@Test
	void aFrontDoorDecisionOfEarlyHelpOpensOneUnallocatedEpisodeFromThatContact() throws Exception {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Practitioner referrer = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		UUID contact = UUID.randomUUID();
		ContactDecided decided = new ContactDecided(contact, List.of(child.id()), 2, DecisionOutcome.EARLY_HELP,
				mash.id(), Instant.now(), referrer.id());
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		ApplicationEventPublisher publisher = context;
		tx.executeWithoutResult(s -> publisher.publishEvent(decided));
		tx.executeWithoutResult(s -> publisher.publishEvent(new ContactDecided(UUID.randomUUID(), List.of(child.id()),
				1, DecisionOutcome.NO_FURTHER_ACTION, mash.id(), Instant.now(), null)));
		awaitEpisodeFor(contact);
		// delivered again (a retry after a failure): still one episode
		tx.executeWithoutResult(s -> publisher.publishEvent(decided));
		Thread.sleep(1000);

		assertThat(count(contact)).isEqualTo(1);
		assertThat(db.sql("SELECT referrer_id FROM episode WHERE from_contact_id = ?")
			.param(contact)
			.query(UUID.class)
			.single()).isEqualTo(referrer.id());
		assertThat(db
			.sql("SELECT COUNT(*) FROM episode e JOIN episode_child c ON c.episode_id = e.id WHERE c.person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void openEpisodesAreOpenWorkAndTheLeadHasGroundsOnlyWhileLeading() throws Exception {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.HEALTH_VISITING));
		String id = open();
		assertThat(openWorkFor(child.id())).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(OpenWork.Kind.EARLY_HELP);
			assertThat(w.description()).contains("no lead professional");
			assertThat(w.link()).endsWith(id);
		});
		assertThat(policy.groundsFor(nurse, child.id())).isEqualTo(Grounds.NONE);
		call(worker, put("/api/v1/early-help/episodes/" + id + "/lead-professional"),
				"{\"practitionerId\":\"" + nurse.id() + "\"}")
			.andExpect(status().isOk());
		assertThat(policy.groundsFor(nurse, child.id())).isEqualTo(Grounds.LEAD_PROFESSIONAL);
		assertThat(openWorkFor(child.id()).get(0).description()).contains(nurse.displayName());

		call(worker, post("/api/v1/early-help/episodes/" + id + "/closure"),
				"{\"reason\":\"OUTCOMES_MET\",\"summary\":\"Cal eats breakfast at home every day now.\"}")
			.andExpect(status().isOk());
		assertThat(policy.groundsFor(nurse, child.id())).isEqualTo(Grounds.NONE);
		assertThat(openWorkFor(child.id())).isEmpty();
	}

	List<OpenWork> openWorkFor(UUID childId) {
		return openWork.orderedStream().flatMap(s -> s.openWorkFor(List.of(childId)).stream()).toList();
	}

	void awaitEpisodeFor(UUID contact) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (count(contact) == 0 && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
	}

	long count(UUID contact) {
		return db.sql("SELECT COUNT(*) FROM episode WHERE from_contact_id = ?")
			.param(contact)
			.query(Long.class)
			.single();
	}

	String open() throws Exception {
		String body = call(worker, post("/api/v1/early-help/episodes"),
				"{\"childIds\":[\"" + child.id() + "\"],\"reason\":\"Cal is hungry at school.\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions call(Practitioner as, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", fixtures.bearer(mvc, as));
		if (body != null) {
			request.contentType("application/json").content(body);
		}
		return mvc.perform(request);
	}

}
