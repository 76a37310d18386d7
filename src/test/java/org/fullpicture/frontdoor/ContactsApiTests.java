package org.fullpicture.frontdoor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.Grounds;
import org.fullpicture.access.GroundsSource;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.shared.OpenWork;
import org.fullpicture.shared.OpenWorkSource;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.DirectoryServices;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@RecordApplicationEvents
class ContactsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ObjectProvider<OpenWorkSource> openWork;

	@Autowired
	ObjectProvider<GroundsSource> grounds;

	Agency school;

	Agency police;

	Agency mashTeam;

	Practitioner teacher;

	Practitioner officer;

	Practitioner mash;

	Practitioner manager;

	Person child;

	@BeforeEach
	void setUp() {
		school = fixtures.agency(AgencyType.SCHOOL);
		police = fixtures.agency(AgencyType.POLICE);
		mashTeam = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		teacher = fixtures.practitioner(school);
		officer = fixtures.practitioner(police);
		mash = fixtures.practitioner(mashTeam, Role.MASH);
		manager = fixtures.practitioner(mashTeam, Role.MANAGER);
		child = fixtures.child("Mia", Fixtures.randomName(), LocalDate.of(2016, 3, 4), teacher.id());
	}

	@Test
	void aTeacherMakesAContactThatEntersTheChildsChronologyWithAReferenceAndADueTime() throws Exception {
		String body = make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"HIGH\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference", matchesPattern("FP-[2-9A-Z]{4}-[2-9A-Z]{4}")))
			.andExpect(jsonPath("$.receivedAt").exists())
			.andExpect(jsonPath("$.decisionDue").exists())
			.andExpect(jsonPath("$.rag", is("RED")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		UUID id = idOf(body);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
				WHERE c.person_id = ? AND e.type = 'CONTACT' AND e.source = 'PROFESSIONAL'""")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/v1/contacts/" + id).header("Authorization", bearer(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referrer.kind", is("PRACTITIONER")))
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.decision", nullValue()));
	}

	@Test
	void aContactsWordsAreCountedInThePlainLanguageReportOnceNotAgainForItsChronologyEntry() throws Exception {
		make(teacher,
				"{\"childIds\":[\"" + child.id()
						+ "\"],\"whatHappened\":\"Mia came in hungry; the family live in poor home conditions.\","
						+ "\"consent\":\"GIVEN\",\"urgency\":\"LOW\"}")
			.andExpect(status().isCreated());
		assertThat(db
			.sql("SELECT SUM(findings) FROM recording_finding_count WHERE agency_id = ? AND category = 'DILUTING'")
			.param(school.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNewChildIsRecordedThroughMatchOnCreateOnTheWayIn() throws Exception {
		String newChild = """
				"newChildren":[{"givenName":"Noor","familyName":"%s","dateOfBirth":"2019-02-03","sex":"FEMALE"}]"""
			.formatted(Fixtures.randomName());
		make(teacher, contact(newChild, "\"urgency\":\"LOW\"")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.newChildren[0].outcome", is("CREATED")))
			.andExpect(jsonPath("$.childIds.length()", is(1)))
			.andExpect(jsonPath("$.rag", is("GREEN")));
	}

	@Test
	void aContactWithoutWordsOrABasisForGoingOnWithoutConsentIsRefusedNamingEachFieldAndNothingIsStored()
			throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM contact").query(Long.class).single();
		make(teacher, "{\"childIds\":[\"" + child.id() + "\"],\"consent\":\"REFUSED\",\"urgency\":\"LOW\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("whatHappened")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("consentNote")));
		make(teacher, contact("\"childIds\":[\"" + UUID.randomUUID() + "\"]", "\"urgency\":\"LOW\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("childIds[0]")));
		make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"SOON\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("urgency")));
		assertThat(db.sql("SELECT COUNT(*) FROM contact").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSchoolCannotSeeTheMashQueueButTheMashAndFrontDoorManagersCan() throws Exception {
		UUID id = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"MEDIUM\"")).andReturn()
					.getResponse()
					.getContentAsString());
		Practitioner schoolManager = fixtures.practitioner(school, Role.MANAGER);

		mvc.perform(get("/api/v1/mash/queue").header("Authorization", bearer(teacher)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/mash/queue").header("Authorization", bearer(schoolManager)))
			.andExpect(status().isForbidden());
		for (Practitioner allowed : List.of(mash, manager)) {
			mvc.perform(get("/api/v1/mash/queue?size=200").header("Authorization", bearer(allowed)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.contacts[*].id", hasItem(id.toString())))
				.andExpect(jsonPath("$.contacts[0].rag").exists())
				.andExpect(jsonPath("$.contacts[0].overdue").exists());
		}
		mvc.perform(get("/api/v1/mash/queue")).andExpect(status().isUnauthorized());
	}

	@Test
	void theMashAsksTwoAgenciesWhoAnswerWithGroundsOnlyWhileTheCheckIsOpenThenDecidesAndTheReferrerSeesTheOutcome()
			throws Exception {
		UUID contactId = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"MEDIUM\"")).andReturn()
					.getResponse()
					.getContentAsString());
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));

		// only the MASH asks
		ask(teacher, contactId, police).andExpect(status().isForbidden());
		UUID policeCheck = idOf(ask(mash, contactId, police).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		UUID schoolCheck = idOf(ask(mash, contactId, school).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());

		// the asked agency is told at once; the agency not asked is not
		assertThat(events.stream(NoticeIssued.class)
			.filter(n -> n.kind().equals("CHECK_REQUESTED") && n.noticeId().equals(policeCheck))).singleElement()
			.satisfies(n -> assertThat(n.practitionerIds()).containsExactly(officer.id()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get("/api/v1/notifications").header("Authorization", bearer(officer)))
				.andExpect(jsonPath("$.notifications[?(@.kind == 'CHECK_REQUESTED')]", hasSize(1))));
		mvc.perform(get("/api/v1/notifications").header("Authorization", bearer(stranger)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));

		// the asked agency sees its check, and may read the chronology while it is open,
		// on the new grounds
		mvc.perform(get("/api/v1/checks").header("Authorization", bearer(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[*].id", hasItem(policeCheck.toString())));
		chronology(officer).andExpect(jsonPath("$.access", is("full")));
		assertThat(db.sql("SELECT grounds FROM audit_event WHERE practitioner_id = ? AND person_id = ?")
			.params(officer.id(), child.id())
			.query(String.class)
			.list()).contains("CONTACT_CHECK");
		chronology(stranger).andExpect(jsonPath("$.access", is("own-agency-entries")));

		// an agency that was not asked cannot answer
		answer(stranger, policeCheck).andExpect(status().isForbidden());
		answer(officer, policeCheck).andExpect(status().isOk()).andExpect(jsonPath("$.open", is(false)));
		answer(officer, policeCheck).andExpect(status().isConflict());
		// answered: the check gives no more grounds (the answer's own entry is a write,
		// which must give none either)
		assertThat(checkGrounds(officer)).isEmpty();
		answer(teacher, schoolCheck).andExpect(status().isOk());

		// no rationale: refused, naming it, nothing stored
		decide(mash, contactId, "{\"level\":3,\"outcome\":\"CHILD_IN_NEED_ASSESSMENT\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("rationale")));
		assertThat(db.sql("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?")
			.param(contactId)
			.query(Long.class)
			.single()).isZero();
		decide(teacher, contactId, decision("CHILD_IN_NEED_ASSESSMENT")).andExpect(status().isForbidden());
		decide(mash, contactId, decision("CHILD_IN_NEED_ASSESSMENT")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.metDueTime", is(true)));
		decide(mash, contactId, decision("EARLY_HELP")).andExpect(status().isConflict());

		assertThat(events.stream(ContactDecided.class)).singleElement().satisfies(e -> {
			assertThat(e.contactId()).isEqualTo(contactId);
			assertThat(e.childIds()).containsExactly(child.id());
			assertThat(e.outcome()).isEqualTo(DecisionOutcome.CHILD_IN_NEED_ASSESSMENT);
			assertThat(e.referrerPractitionerId()).isEqualTo(teacher.id());
		});
		assertThat(openWork.orderedStream().flatMap(s -> s.openWorkFor(List.of(child.id())).stream()).toList())
			.extracting(OpenWork::kind)
			.contains(OpenWork.Kind.SOCIAL_CARE);

		// the referrer sees the outcome, not other agencies' answers or the rationale;
		// others see nothing
		mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", bearer(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.outcome", is("CHILD_IN_NEED_ASSESSMENT")))
			.andExpect(jsonPath("$.decision.rationale", nullValue()))
			.andExpect(jsonPath("$.checks", nullValue()));
		mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", bearer(officer)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", bearer(mash)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks.length()", is(2)))
			.andExpect(jsonPath("$.decision.rationale").exists());
		assertThat(db.sql("""
				SELECT e.type FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
				WHERE c.person_id = ?""").param(child.id()).query(String.class).list()).contains("CONTACT",
				"CHECK_REQUESTED", "CHECK_ANSWERED", "DECISION");
	}

	@Test
	void anOpenCheckStopsGivingGroundsWhenTheContactIsDecided() throws Exception {
		UUID contactId = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"MEDIUM\"")).andReturn()
					.getResponse()
					.getContentAsString());
		UUID check = idOf(ask(mash, contactId, police).andReturn().getResponse().getContentAsString());
		chronology(officer).andExpect(jsonPath("$.access", is("full")));
		assertThat(checkGrounds(officer)).containsExactly(Grounds.CONTACT_CHECK);

		decide(mash, contactId, decision("EARLY_HELP")).andExpect(status().isCreated());

		assertThat(checkGrounds(officer)).isEmpty();

		chronology(officer).andExpect(jsonPath("$.access", is("own-agency-entries")));
		answer(officer, check).andExpect(status().isConflict());
	}

	@Test
	void noFurtherActionWaitsForAManagersSignOffBeforeItStandsAndCanBeSentBack() throws Exception {
		UUID contactId = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"LOW\"")).andReturn()
					.getResponse()
					.getContentAsString());
		decide(mash, contactId, decision("NO_FURTHER_ACTION")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.signOffRequired", is(true)));
		assertThat(events.stream(ContactDecided.class)).isEmpty();

		mvc.perform(post("/api/v1/contacts/" + contactId + "/decision/send-back").header("Authorization", bearer(mash))
			.contentType("application/json")
			.content("{\"reason\":\"No\"}")).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/contacts/" + contactId + "/decision/send-back").header("Authorization", bearer(manager))
					.contentType("application/json")
					.content("{\"reason\":\"Fourth contact this year: ask health first.\"}"))
			.andExpect(status().isNoContent());
		decide(mash, contactId, decision("NO_FURTHER_ACTION")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/contacts/" + contactId + "/decision/sign-off").header("Authorization", bearer(mash)))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/contacts/" + contactId + "/decision/sign-off").header("Authorization", bearer(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedOffAt").exists());

		assertThat(events.stream(ContactDecided.class)).hasSize(1);
		mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", bearer(manager)))
			.andExpect(jsonPath("$.status", is("DECIDED")))
			.andExpect(jsonPath("$.earlierDecisions[0].returnedReason",
					is("Fourth contact this year: ask health first.")));
	}

	@Test
	void theReferrerChallengesTheDecisionAndAManagersResponseIsKeptWithIt() throws Exception {
		UUID contactId = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"LOW\"")).andReturn()
					.getResponse()
					.getContentAsString());
		challenge(teacher, contactId).andExpect(status().isConflict());
		decide(mash, contactId, decision("EARLY_HELP")).andExpect(status().isCreated());

		challenge(officer, contactId).andExpect(status().isForbidden());
		UUID challengeId = idOf(challenge(teacher, contactId).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		respond(mash, challengeId).andExpect(status().isForbidden());
		respond(manager, challengeId).andExpect(status().isOk()).andExpect(jsonPath("$.respondedAt").exists());
		respond(manager, challengeId).andExpect(status().isConflict());

		mvc.perform(get("/api/v1/contacts/" + contactId).header("Authorization", bearer(teacher)))
			.andExpect(jsonPath("$.challenges[0].response").exists());
	}

	@Test
	void earlyHelpStepsUpThroughThePublicServiceAndTheContactJoinsTheQueue(@Autowired StepUpReferrals stepUps) {
		Practitioner worker = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
		Contact contact = stepUps.stepUp(
				new StepUp(List.of(child.id()), worker.id(), "Episode opened in May. School attendance fell to 70%.",
						"Mother's new partner has a violent history.", "/episodes/123"));

		assertThat(contact.referrerPractitionerId()).isEqualTo(worker.id());
		assertThat(contact.link()).isEqualTo("/episodes/123");
		assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
		assertThat(contact.whatHappened()).contains("School attendance fell to 70%.");
	}

	private List<Grounds> checkGrounds(Practitioner viewer) {
		return grounds.orderedStream().flatMap(g -> g.groundsFor(viewer, Set.of(child.id())).stream()).toList();
	}

	private ResultActions make(Practitioner by, String body) throws Exception {
		return mvc.perform(post("/api/v1/contacts").header("Authorization", bearer(by))
			.contentType("application/json")
			.content(body));
	}

	private ResultActions ask(Practitioner by, UUID contactId, Agency agency) throws Exception {
		return mvc.perform(post("/api/v1/contacts/" + contactId + "/checks").header("Authorization", bearer(by))
			.contentType("application/json")
			.content("{\"agencyId\":\"" + agency.id() + "\",\"question\":\"What do you know about the family?\"}"));
	}

	private ResultActions answer(Practitioner by, UUID checkId) throws Exception {
		return mvc.perform(post("/api/v1/checks/" + checkId + "/answer").header("Authorization", bearer(by))
			.contentType("application/json")
			.content("{\"text\":\"Two call-outs to the address in March for shouting.\"}"));
	}

	private ResultActions decide(Practitioner by, UUID contactId, String body) throws Exception {
		return mvc.perform(post("/api/v1/contacts/" + contactId + "/decision").header("Authorization", bearer(by))
			.contentType("application/json")
			.content(body));
	}

	@Test
	void aDecisionSignpostsToAnOpenDirectoryServiceAndAClosedOneIsRefusedByName() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		String suffix = Fixtures.randomName();
		UUID open = DirectoryServices.add(mvc, admin, "Stay and Play " + suffix, "active", 0, 18);
		UUID closed = DirectoryServices.add(mvc, admin, "Toy Library " + suffix, "temporarily closed", 0, 18);
		UUID contactId = idOf(
				make(teacher, contact("\"childIds\":[\"" + child.id() + "\"]", "\"urgency\":\"LOW\"")).andReturn()
					.getResponse()
					.getContentAsString());
		String decision = "{\"level\":1,\"outcome\":\"NO_FURTHER_ACTION\",\"rationale\":\"No worries about care.\","
				+ "\"signpostedServiceId\":\"%s\"}";

		for (UUID refused : List.of(closed, UUID.randomUUID())) {
			decide(mash, contactId, decision.formatted(refused)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is("signpostedServiceId")));
		}
		assertThat(db.sql("SELECT COUNT(*) FROM contact_decision WHERE contact_id = ?")
			.param(contactId)
			.query(Long.class)
			.single()).isZero();
		decide(mash, contactId, decision.formatted(open)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.signpostedServiceId", is(open.toString())))
			.andExpect(jsonPath("$.signpostedTo", is("Stay and Play " + suffix + " (Family Lantern Trust)")));
	}

	private ResultActions challenge(Practitioner by, UUID contactId) throws Exception {
		return mvc.perform(post("/api/v1/contacts/" + contactId + "/challenge").header("Authorization", bearer(by))
			.contentType("application/json")
			.content("{\"text\":\"Mia has told us twice she is scared to go home.\"}"));
	}

	private ResultActions respond(Practitioner by, UUID challengeId) throws Exception {
		return mvc.perform(post("/api/v1/challenges/" + challengeId + "/response").header("Authorization", bearer(by))
			.contentType("application/json")
			.content("{\"text\":\"Agreed: a social worker will visit this week.\"}"));
	}

	private ResultActions chronology(Practitioner by) throws Exception {
		return mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", bearer(by)));
	}

	private static String decision(String outcome) {
		return "{\"level\":3,\"outcome\":\"" + outcome
				+ "\",\"rationale\":\"Police and school both describe shouting at home; Mia says she is scared.\","
				+ "\"signpostedTo\":null}";
	}

	private static String contact(String children, String urgency) {
		return "{" + children + ",\"whatHappened\":\"Mia said her mum's boyfriend shouted and threw a plate.\","
				+ "\"worries\":\"That Mia will be hurt.\",\"wants\":\"Someone to check Mia is safe.\","
				+ "\"consent\":\"GIVEN\"," + urgency + "}";
	}

	private String bearer(Practitioner p) throws Exception {
		return fixtures.bearer(mvc, p);
	}

	private static UUID idOf(String json) {
		return UUID.fromString(json.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1"));
	}

}
