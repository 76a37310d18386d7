package org.fullpicture.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8, parts 1 and 2: information flows in from anyone, but writing about a child
 * never opens their record.
 */
@DatabaseTest
class WritingGivesNoAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	Agency school;

	Practitioner teacher;

	Agency housing;

	Practitioner housingOfficer;

	Person child;

	Person sister;

	@BeforeEach
	void aChildKnownToTheirSchoolOnly() {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		housing = fixtures.agency(AgencyType.HOUSING);
		housingOfficer = fixtures.practitioner(housing);
		child = fixtures.child("Ada", Fixtures.randomName(), LocalDate.of(2013, 3, 3), teacher.id());
		sister = fixtures.child("Bel", Fixtures.randomName(), LocalDate.of(2015, 4, 4), teacher.id());
		for (Person p : List.of(child, sister)) {
			involvements.startByWorkflow(p.id(), school.id(), teacher.id(), "On roll", teacher.id());
		}
		chronology.record(new NewEntry(List.of(child.id(), sister.id()), EntryType.CONCERN,
				Instant.now().minusSeconds(7 * 86_400), "Both sisters arrived at school hungry.", null, null, null),
				teacher, null);
	}

	@Test
	void recordingAnEntryOrABatchAboutAChildLeavesTheRecorderWithTheKnownToViewOnly() throws Exception {
		String bearer = fixtures.bearer(mvc, housingOfficer);
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry(child.id(), "Rent arrears letter sent to the family."))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/chronology/batch").header("Authorization", bearer)
			.contentType("application/json")
			.content("[{\"idempotencyKey\":\"" + Fixtures.unique() + "\",\"entry\":"
					+ entry(sister.id(), "Repairs visit: no answer at the door.") + "}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status", is(201)));

		for (Person p : List.of(child, sister)) {
			assertOnlyKnownTo(housingOfficer, p);
		}
		assertThat(grantingInvolvements(housing)).isZero();
	}

	@Test
	void recordingOnThePageAboutSeveralChildrenOpensNeitherRecord() throws Exception {
		mvc.perform(post("/children/" + child.id() + "/record").with(as(housingOfficer))
			.with(csrf())
			.param("type", "CONCERN")
			.param("occurredOn.day", "3")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("text", "Both girls seen at the window at night.")
			.param("source", "PROFESSIONAL")
			.param("sensitivity", "NORMAL")
			.param("alsoAbout", sister.id().toString())
			.param("submissionKey", Fixtures.unique()))
			.andExpect(redirectedUrl("/children/" + child.id() + "/chronology"));

		for (Person p : List.of(child, sister)) {
			assertOnlyKnownTo(housingOfficer, p);
			mvc.perform(get("/children/" + p.id() + "/family-chronology").with(as(housingOfficer)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void recordingAPersonWhoIsAlreadyRecordedUsesTheRecordWithoutOpeningIt() throws Exception {
		String nhs = Fixtures.nhsNumber();
		db.sql("UPDATE person SET nhs_number = ? WHERE id = ?").params(nhs, child.id()).update();
		mvc.perform(post("/api/v1/people").header("Authorization", fixtures.bearer(mvc, housingOfficer))
			.contentType("application/json")
			.content("{\"givenName\":\"Ada\",\"familyName\":\"" + child.familyName()
					+ "\",\"dateOfBirth\":\"2013-03-03\",\"nhsNumber\":\"" + nhs + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome", is("EXISTING_RECORD_USED")));

		Practitioner youthWorker = fixtures.practitioner(fixtures.agency(AgencyType.YOUTH_JUSTICE));
		mvc.perform(post("/children/new").with(as(youthWorker))
			.with(csrf())
			.param("givenName", "Ada")
			.param("familyName", child.familyName())
			.param("dateOfBirth.day", "3")
			.param("dateOfBirth.month", "3")
			.param("dateOfBirth.year", "2013")
			.param("nhsNumber", nhs)).andExpect(redirectedUrl("/children/" + child.id()));

		assertOnlyKnownTo(housingOfficer, child);
		assertOnlyKnownTo(youthWorker, child);
	}

	@Test
	void aDeclarationOfOnesOwnAgencyNeedsAReasonInWordsAndIsAuditedAsAGrantForSomeoneElseToReview() throws Exception {
		String bearer = fixtures.bearer(mvc, housingOfficer);
		String involve = "/api/v1/people/" + child.id() + "/involvements";
		for (String reason : new String[] { "12345", UUID.randomUUID().toString(), "" }) {
			mvc.perform(post(involve).header("Authorization", bearer)
				.contentType("application/json")
				.content(declaration(housing, housingOfficer, reason)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		}
		assertOnlyKnownTo(housingOfficer, child);

		String reason = "Family moved into our temporary accommodation";
		String id = idOf(mvc
			.perform(post(involve).header("Authorization", bearer)
				.contentType("application/json")
				.content(declaration(housing, housingOfficer, reason)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis", is("DECLARED")))
			.andExpect(jsonPath("$.recordedBy", is(housingOfficer.id().toString()))));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", bearer))
			.andExpect(jsonPath("$.access", is("full")));
		assertThat(audit(housingOfficer)).contains("DECLARED_INVOLVEMENT NONE " + reason);

		// listed beside break-glass for the agency's lead and administrators, never
		// reviewed by the declarer
		Practitioner housingLead = fixtures.practitioner(housing, Role.SAFEGUARDING_LEAD);
		Practitioner declaringLead = housingLead;
		mvc.perform(get("/api/v1/involvement-declarations").param("unreviewed", "true")
			.header("Authorization", fixtures.bearer(mvc, housingLead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.declarations[*].reason", hasItem(reason)));
		mvc.perform(get("/api/v1/involvement-declarations").header("Authorization", fixtures.bearer(mvc, teacher)))
			.andExpect(status().isForbidden());
		Practitioner otherLead = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/api/v1/involvement-declarations").header("Authorization", fixtures.bearer(mvc, otherLead)))
			.andExpect(jsonPath("$.declarations[*].reason", not(hasItem(reason))));
		mvc.perform(post("/api/v1/involvement-declarations/" + id + "/review")
			.header("Authorization", fixtures.bearer(mvc, otherLead))
			.contentType("application/json")
			.content("{\"outcome\":\"Not ours to review\"}")).andExpect(status().isForbidden());

		Person other = fixtures.child("Cat", Fixtures.randomName(), LocalDate.of(2012, 1, 1), teacher.id());
		String own = idOf(mvc
			.perform(post("/api/v1/people/" + other.id() + "/involvements")
				.header("Authorization", fixtures.bearer(mvc, declaringLead))
				.contentType("application/json")
				.content(declaration(housing, declaringLead, "Tenancy support worker allocated to the family")))
			.andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/involvement-declarations/" + own + "/review")
			.header("Authorization", fixtures.bearer(mvc, declaringLead))
			.contentType("application/json")
			.content("{\"outcome\":\"Looks fine to me\"}")).andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/involvement-declarations/" + id + "/review")
			.header("Authorization", fixtures.bearer(mvc, housingLead))
			.contentType("application/json")
			.content("{\"outcome\":\"Confirmed with the tenancy team\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/involvement-declarations").param("unreviewed", "true")
			.header("Authorization", fixtures.bearer(mvc, housingLead)))
			.andExpect(jsonPath("$.declarations[*].reason", not(hasItem(reason))));
		assertThat(audit(housingLead)).contains("REVIEWED_DECLARATION ROLE null");
	}

	@Test
	void aPractitionerDeclaresOnThePageWithAReasonInWordsAndThenSeesTheRecord() throws Exception {
		String declare = "/children/" + child.id() + "/declare-involvement";
		mvc.perform(get("/children/" + child.id()).with(as(housingOfficer)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(declare)));
		mvc.perform(post(declare).with(as(housingOfficer)).with(csrf()).param("reason", "HSG-12345"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("href=\"#reason\"")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("HSG-12345")));
		assertOnlyKnownTo(housingOfficer, child);

		mvc.perform(post(declare).with(as(housingOfficer))
			.with(csrf())
			.param("reason", "Allocated for tenancy support after an eviction notice"))
			.andExpect(redirectedUrl("/children/" + child.id()));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, housingOfficer)))
			.andExpect(jsonPath("$.access", is("full")));
		assertThat(audit(housingOfficer))
			.contains("DECLARED_INVOLVEMENT NONE Allocated for tenancy support after an eviction notice");
	}

	@Test
	void declarationsAreReviewedOnTheirOwnPageBesideBreakGlass() throws Exception {
		String reason = "Family moved into our temporary accommodation " + Fixtures.unique();
		String id = idOf(mvc
			.perform(post("/api/v1/people/" + child.id() + "/involvements")
				.header("Authorization", fixtures.bearer(mvc, housingOfficer))
				.contentType("application/json")
				.content(declaration(housing, housingOfficer, reason)))
			.andExpect(status().isCreated()));
		Practitioner housingLead = fixtures.practitioner(housing, Role.SAFEGUARDING_LEAD);

		mvc.perform(get("/involvement-declarations").with(as(housingLead)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(reason)));
		mvc.perform(get("/involvement-declarations").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(post("/involvement-declarations/" + id).with(as(housingLead)).with(csrf()).param("outcome", " "))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("href=\"#outcome-" + id + "\"")));
		mvc.perform(post("/involvement-declarations/" + id).with(as(housingLead))
			.with(csrf())
			.param("outcome", "Confirmed with the tenancy team")).andExpect(redirectedUrl("/involvement-declarations"));
		assertThat(db.sql("SELECT reviewed_by FROM involvement_review WHERE involvement_id = ?")
			.param(UUID.fromString(id))
			.query(UUID.class)
			.single()).isEqualTo(housingLead.id());
	}

	@Test
	void anInvolvementNamesAPractitionerOfThatAgencyAndIsNotRecordedTwice() throws Exception {
		String bearer = fixtures.bearer(mvc, housingOfficer);
		String involve = "/api/v1/people/" + child.id() + "/involvements";
		mvc.perform(post(involve).header("Authorization", bearer)
			.contentType("application/json")
			.content(declaration(housing, teacher, "Family moved into our temporary accommodation")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("practitionerId")));
		mvc.perform(post(involve).header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"agencyId\":\"" + housing.id()
					+ "\",\"from\":\"2026-01-01\",\"reason\":\"Family moved in here\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("practitionerId")));
		mvc.perform(post(involve).header("Authorization", bearer)
			.contentType("application/json")
			.content(declaration(housing, housingOfficer, "Family moved into our temporary accommodation")))
			.andExpect(status().isCreated());
		mvc.perform(post(involve).header("Authorization", bearer)
			.contentType("application/json")
			.content(declaration(housing, housingOfficer, "Family moved into our temporary accommodation")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field", is("agencyId")));
		assertThat(grantingInvolvements(housing)).isEqualTo(1);
	}

	@Test
	void theMashAllocatesAnotherAgencyAndNobodyElseCan() throws Exception {
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Practitioner policeManager = fixtures.practitioner(fixtures.agency(AgencyType.POLICE), Role.MANAGER);
		mvc.perform(post("/api/v1/people/" + child.id() + "/involvements")
			.header("Authorization", fixtures.bearer(mvc, policeManager))
			.contentType("application/json")
			.content(declaration(housing, housingOfficer, "Housing should support this family")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people/" + child.id() + "/involvements")
			.header("Authorization", fixtures.bearer(mvc, mash))
			.contentType("application/json")
			.content(declaration(housing, housingOfficer, "Allocated after the strategy discussion")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis", is("ALLOCATED")));
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, housingOfficer)))
			.andExpect(jsonPath("$.access", is("full")));
		assertThat(audit(mash)).contains("ALLOCATED_INVOLVEMENT ROLE Allocated after the strategy discussion");
	}

	@Test
	void aPlacementAtASchoolInvolvesItsSafeguardingLead() throws Exception {
		Agency academy = fixtures.agency(AgencyType.SCHOOL);
		Practitioner academyLead = fixtures.practitioner(academy, Role.SAFEGUARDING_LEAD);
		mvc.perform(post("/api/v1/people/" + child.id() + "/education")
			.header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content("{\"settingId\":\"" + academy.id() + "\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", fixtures.bearer(mvc, academyLead)))
			.andExpect(jsonPath("$.access", is("full")))
			.andExpect(jsonPath("$.involvements[?(@.agency.agencyId == '" + academy.id() + "')].practitionerId",
					hasItem(academyLead.id().toString())))
			.andExpect(jsonPath("$.involvements[?(@.agency.agencyId == '" + academy.id() + "')].basis",
					hasItem("WORKFLOW")));
		assertThat(audit(teacher)).contains("RECORDED_EDUCATION INVOLVEMENT null");
	}

	@Test
	void aRelationshipNeedsGroundsOnBothPeopleAndIsAuditedAgainstEach() throws Exception {
		Person stranger = fixtures.child("Dan", Fixtures.randomName(), LocalDate.of(1990, 1, 1), teacher.id());
		String relate = "/api/v1/people/" + child.id() + "/relationships";
		mvc.perform(post(relate).header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content("{\"personId\":\"" + stranger.id() + "\",\"type\":\"PARENT\"}")).andExpect(status().isForbidden());
		assertThat(db.sql("SELECT COUNT(*) FROM relationship WHERE from_person_id = ?")
			.param(stranger.id())
			.query(Long.class)
			.single()).isZero();

		mvc.perform(post(relate).header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content("{\"personId\":\"" + sister.id() + "\",\"type\":\"SIBLING\"}")).andExpect(status().isCreated());
		assertThat(db.sql("SELECT recorded_by FROM relationship WHERE from_person_id = ?")
			.param(sister.id())
			.query(UUID.class)
			.single()).isEqualTo(teacher.id());
		assertThat(db
			.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'RECORDED_RELATIONSHIP' AND person_id IN (?, ?)")
			.params(child.id(), sister.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void adviceOnASummaryQuotesOnlyEntriesTheAuthorMayReadAndAuditsWhatItQuotes() throws Exception {
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.HOME_VISIT, Instant.now().minusSeconds(86_400),
						"The flat was unsanitary with a foul smell and a fire hazard.", null, null, null),
				teacher, null);
		String meeting = "{\"childIds\":[\"" + child.id() + "\"],\"type\":\"MEETING\",\"occurredAt\":\""
				+ Instant.now().minusSeconds(60) + "\",\"text\":\"Strategy meeting: poor home conditions.\"}";

		mvc.perform(post("/api/v1/chronology").header("Authorization", fixtures.bearer(mvc, housingOfficer))
			.contentType("application/json")
			.content(meeting)).andExpect(status().isCreated()).andExpect(jsonPath("$.dilutionWarnings", hasSize(0)));
		mvc.perform(post("/children/" + child.id() + "/record").with(as(housingOfficer))
			.with(csrf())
			.param("type", "MEETING")
			.param("occurredOn.day", "3")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("text", "Strategy meeting: poor home conditions.")
			.param("source", "PROFESSIONAL")
			.param("sensitivity", "NORMAL")
			.param("quoteSourceWords", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(containsString("foul smell"))));
		assertThat(audit(housingOfficer)).noneMatch(row -> row.startsWith("QUOTED_IN_ADVICE"));

		mvc.perform(post("/api/v1/chronology").header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content(meeting))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dilutionWarnings[*].sourceWords", hasItem(containsString("foul smell"))));
		assertThat(audit(teacher)).contains("QUOTED_IN_ADVICE INVOLVEMENT null");
	}

	/**
	 * The known-to view, and of the chronology only what the practitioner's own agency
	 * recorded.
	 */
	private void assertOnlyKnownTo(Practitioner practitioner, Person person) throws Exception {
		String bearer = fixtures.bearer(mvc, practitioner);
		mvc.perform(get("/api/v1/people/" + person.id()).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access", is("known-to")))
			.andExpect(jsonPath("$.nhsNumber").doesNotExist());
		mvc.perform(get("/api/v1/people/" + person.id() + "/chronology").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access", is("own-agency-entries")))
			.andExpect(jsonPath("$.entries[?(@.agencyId != '" + practitioner.agencyId() + "')]").isEmpty());
	}

	private long grantingInvolvements(Agency agency) {
		return db.sql("SELECT COUNT(*) FROM involvement WHERE agency_id = ? AND basis <> 'RECORDED'")
			.param(agency.id())
			.query(Long.class)
			.single();
	}

	private List<String> audit(Practitioner practitioner) {
		return db.sql("SELECT action, grounds, reason FROM audit_event WHERE practitioner_id = ?")
			.param(practitioner.id())
			.query((rs, row) -> rs.getString("action") + " " + rs.getString("grounds") + " " + rs.getString("reason"))
			.list();
	}

	private static String entry(UUID childId, String text) {
		return "{\"childIds\":[\"" + childId + "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-01-05T10:00:00Z\","
				+ "\"text\":\"" + text + "\"}";
	}

	private static String declaration(Agency agency, Practitioner practitioner, String reason) {
		return "{\"agencyId\":\"" + agency.id() + "\",\"practitionerId\":\"" + practitioner.id()
				+ "\",\"from\":\"2026-01-01\",\"reason\":\"" + reason + "\"}";
	}

	private static String idOf(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
	}

}
