package org.fullpicture.chronology;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ChronologyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	Involvements involvements;

	Agency police;

	Practitioner officer;

	String bearer;

	Person child;

	Person sibling;

	@BeforeEach
	void setUp() throws Exception {
		police = fixtures.agency(AgencyType.POLICE);
		officer = fixtures.practitioner(police);
		bearer = fixtures.bearer(mvc, officer);
		child = fixtures.child("Ava", "Chrono", LocalDate.of(2012, 5, 1), officer.id());
		sibling = fixtures.child("Ben", "Chrono", LocalDate.of(2014, 6, 1), officer.id());
		for (Person p : new Person[] { child, sibling }) {
			involvements.startByWorkflow(p.id(), police.id(), officer.id(), "Investigating", officer.id());
		}
	}

	@Test
	void recordsAnEntryAboutSiblingsOnceAndShowsItInEachChronologyWithItsSharingDelay() throws Exception {
		record("k-" + Fixtures.unique(), entry("ARREST", "2026-01-01T10:00:00Z", "Arrested at 10am.", "\"13A\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.recordedAt").exists())
			.andExpect(jsonPath("$.sharingDelay").exists());

		for (Person p : new Person[] { child, sibling }) {
			mvc.perform(get("/api/v1/people/" + p.id() + "/chronology").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.entries", hasSize(1)))
				.andExpect(jsonPath("$.entries[0].text", is("Arrested at 10am.")))
				.andExpect(jsonPath("$.entries[0].factors[0]", is("13A")))
				.andExpect(jsonPath("$.entries[0].childIds", hasSize(2)));
		}
		assertThat(db
			.sql("SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id "
					+ "WHERE c.person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameIdempotencyKeyAndBodyStoreTheEntryOnceAndADifferentBodyIsAConflict() throws Exception {
		String key = "retry-" + Fixtures.unique();
		String body = entry("CONCERN", "2026-02-01T09:00:00Z", "Bruise on left cheek.", "");
		String first = record(key, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String again = record(key, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

		assertThat(idOf(again)).isEqualTo(idOf(first));
		record(key, entry("CONCERN", "2026-02-01T09:00:00Z", "Different words.", "")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field", is("Idempotency-Key")));
		assertThat(db.sql("SELECT COUNT(*) FROM chronology_entry WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theFamilyViewShowsTheHouseholdsChildrenTogether() throws Exception {
		Person brother = fixtures.child("Cy", "Chrono", LocalDate.of(2015, 1, 1), officer.id());
		involvements.startByWorkflow(brother.id(), police.id(), officer.id(), "Investigating", officer.id());
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id()
					+ "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-01-01T10:00:00Z\",\"text\":\"About Ava.\"}"));
		db.sql("UPDATE address SET address_key = (SELECT address_key FROM address WHERE person_id = ?) WHERE person_id = ?")
			.params(child.id(), brother.id())
			.update();
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + brother.id()
					+ "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-01-02T10:00:00Z\",\"text\":\"About Cy.\"}"));

		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").param("scope", "family")
			.header("Authorization", bearer)).andExpect(jsonPath("$.totalEntries", is(2)));
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", bearer))
			.andExpect(jsonPath("$.totalEntries", is(1)));
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").param("scope", "street")
			.header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("scope")));
	}

	@Test
	void badInputNamesEachFieldAndStoresNothing() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM chronology_entry").query(Long.class).single();
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[],\"type\":\"CONCERN\",\"occurredAt\":\"2999-01-01T00:00:00Z\",\"text\":\" \","
					+ "\"factors\":[\"99Z\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("childIds")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("occurredAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("factors")));
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id()
					+ "\"],\"type\":\"NOT_A_TYPE\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"text\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("type")));
		assertThat(db.sql("SELECT COUNT(*) FROM chronology_entry").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAmendmentSupersedesTheEntryAndBothStayVisible() throws Exception {
		String original = idOf(
				record(null, entry("HOME_VISIT", "2026-03-01T14:00:00Z", "Home was cold.", "")).andReturn()
					.getResponse()
					.getContentAsString());

		mvc.perform(post("/api/v1/chronology/" + original + "/amendments").header("Authorization", bearer)
			.contentType("application/json")
			.content(
					"{\"text\":\"Home was cold: no heating, children in coats indoors.\",\"reason\":\"Added what I saw\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.supersedes", is(original)));

		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", bearer))
			.andExpect(jsonPath("$.entries", hasSize(2)))
			.andExpect(jsonPath("$.entries[0].supersededBy").exists())
			.andExpect(jsonPath("$.entries[1].amendmentReason", is("Added what I saw")));

		mvc.perform(post("/api/v1/chronology/" + original + "/amendments").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"text\":\"Again\",\"reason\":\"Twice\"}")).andExpect(status().isConflict());
	}

	@Test
	void anotherAgencyCannotAmendAnEntry() throws Exception {
		String original = idOf(record(null, entry("CONCERN", "2026-03-01T14:00:00Z", "Seen alone.", "")).andReturn()
			.getResponse()
			.getContentAsString());
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);

		mvc.perform(post("/api/v1/chronology/" + original + "/amendments")
			.header("Authorization", fixtures.bearer(mvc, mash))
			.contentType("application/json")
			.content("{\"text\":\"Changed\",\"reason\":\"Not mine\"}")).andExpect(status().isForbidden());
	}

	@Test
	void filtersByTypeAgencyAndDatesAndPagesInTimeOrder() throws Exception {
		record(null, entry("CONCERN", "2025-01-10T09:00:00Z", "First.", "")).andExpect(status().isCreated());
		record(null, entry("MISSING", "2025-06-10T22:00:00Z", "Second.", "")).andExpect(status().isCreated());
		record(null, entry("CONCERN", "2025-12-10T09:00:00Z", "Third.", "")).andExpect(status().isCreated());
		String url = "/api/v1/people/" + child.id() + "/chronology";

		mvc.perform(get(url).param("size", "2").header("Authorization", bearer))
			.andExpect(jsonPath("$.entries[0].text", is("First.")))
			.andExpect(jsonPath("$.totalPages", is(2)));
		mvc.perform(get(url).param("order", "newest").header("Authorization", bearer))
			.andExpect(jsonPath("$.entries[0].text", is("Third.")));
		mvc.perform(get(url).param("type", "MISSING").header("Authorization", bearer))
			.andExpect(jsonPath("$.entries", hasSize(1)));
		mvc.perform(get(url).param("from", "2025-06-01").param("to", "2025-06-30").header("Authorization", bearer))
			.andExpect(jsonPath("$.entries[0].text", is("Second.")));
		mvc.perform(get(url).param("agency", police.id().toString()).header("Authorization", bearer))
			.andExpect(jsonPath("$.totalEntries", is(3)));
		mvc.perform(get(url).param("from", "yesterday").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")));
	}

	@Test
	void restrictedEntriesAreSeenOnlyByTheRecordingAgencyAndTheMash() throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id()
					+ "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-01-05T10:00:00Z\","
					+ "\"text\":\"Disclosure under investigation.\",\"sensitivity\":\"RESTRICTED\"}"))
			.andExpect(status().isCreated());
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		mvc.perform(post("/api/v1/people/" + child.id() + "/involvements")
			.header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content("{\"agencyId\":\"" + school.id() + "\",\"practitionerId\":\"" + teacher.id()
					+ "\",\"from\":\"2024-09-01\",\"reason\":\"On roll at the school\"}"))
			.andExpect(status().isCreated());
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		String url = "/api/v1/people/" + child.id() + "/chronology";

		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, teacher)))
			.andExpect(jsonPath("$.totalEntries", is(0)));
		mvc.perform(get(url).header("Authorization", fixtures.bearer(mvc, mash)))
			.andExpect(jsonPath("$.totalEntries", is(1)));
		mvc.perform(get(url).header("Authorization", bearer)).andExpect(jsonPath("$.totalEntries", is(1)));
	}

	@Test
	void aPractitionerWithoutGroundsSeesOnlyTheirOwnAgencysEntriesUntilTheyBreakGlass() throws Exception {
		Practitioner gp = fixtures.practitioner(fixtures.agency(AgencyType.GP));
		String gpBearer = fixtures.bearer(mvc, gp);
		String url = "/api/v1/people/" + child.id() + "/chronology";
		record(null, entry("CONCERN", "2026-01-01T10:00:00Z", "Recorded by the police.", ""))
			.andExpect(status().isCreated());

		mvc.perform(get(url).header("Authorization", gpBearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access", is("own-agency-entries")))
			.andExpect(jsonPath("$.totalEntries", is(0)));
		mvc.perform(get(url).param("scope", "family").header("Authorization", gpBearer))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people/" + child.id() + "/break-glass").header("Authorization", gpBearer)
			.contentType("application/json")
			.content("{\"reason\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		mvc.perform(post("/api/v1/people/" + child.id() + "/break-glass").header("Authorization", gpBearer)
			.contentType("application/json")
			.content("{\"reason\":\"Child brought to surgery out of hours with a head injury\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get(url).header("Authorization", gpBearer))
			.andExpect(jsonPath("$.access", is("full")))
			.andExpect(jsonPath("$.totalEntries", is(1)));
	}

	@Test
	void recordingAboutAChildGivesTheRecordersAgencyNoGroundsToReadIt() throws Exception {
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		String housingBearer = fixtures.bearer(mvc, housing);
		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", housingBearer))
			.andExpect(jsonPath("$.access", is("known-to")));

		mvc.perform(post("/api/v1/chronology").header("Authorization", housingBearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id()
					+ "\"],\"type\":\"SERVICE_ENDED\",\"occurredAt\":\"2026-01-05T10:00:00Z\","
					+ "\"text\":\"Tenancy support ended: funding stopped.\"}"))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/people/" + child.id()).header("Authorization", housingBearer))
			.andExpect(jsonPath("$.access", is("known-to")));
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", housingBearer))
			.andExpect(jsonPath("$.access", is("own-agency-entries")))
			.andExpect(jsonPath("$.entries[*].text", contains("Tenancy support ended: funding stopped.")));
	}

	@Test
	void aNullAmongChildrenOrFactorsIsNamedByItsPlaceAndNothingIsStored() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM chronology_entry").query(Long.class).single();
		record(null, "{\"childIds\":[\"" + child.id() + "\",null],\"type\":\"CONCERN\","
				+ "\"occurredAt\":\"2026-01-01T10:00:00Z\",\"text\":\"Seen alone at night.\",\"factors\":[\"16A\",null]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'childIds[1]')].message", contains("Choose a child")))
			.andExpect(jsonPath("$.errors[?(@.field == 'factors[1]')].message",
					contains("Give a Children in Need census factor code")));

		String original = idOf(record(null, entry("CONCERN", "2026-03-01T14:00:00Z", "Seen alone.", "")).andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(post("/api/v1/chronology/" + original + "/amendments").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"factors\":[null],\"reason\":\"Adding factors\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("factors[0]")));
		assertThat(db.sql("SELECT COUNT(*) FROM chronology_entry").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void unreadableOrOutOfRangeQueryParametersAreNamedAndPagingIsKeptWithinBounds() throws Exception {
		record(null, entry("CONCERN", "2026-03-01T14:00:00Z", "Seen alone.", "")).andExpect(status().isCreated());
		String chronology = "/api/v1/people/" + child.id() + "/chronology";
		mvc.perform(get(chronology).param("from", "notadate").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")))
			.andExpect(jsonPath("$.errors[0].message", is("'notadate' is not a date like 2026-03-07")));
		mvc.perform(get(chronology).param("from", "-5000-01-01")
			.param("to", "+300000-01-01")
			.header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'from')].message",
					contains("The from date must be between 1 January 1900 and 31 December 9999")))
			.andExpect(jsonPath("$.errors[?(@.field == 'to')].message",
					contains("The to date must be between 1 January 1900 and 31 December 9999")));
		mvc.perform(get(chronology).param("page", "-1").param("size", "100000").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page", is(1)))
			.andExpect(jsonPath("$.size", is(500)))
			.andExpect(jsonPath("$.entries", hasSize(1)));
		mvc.perform(get(chronology).param("page", String.valueOf(Integer.MAX_VALUE)).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries", hasSize(0)));
	}

	private ResultActions record(String key, String body) throws Exception {
		var request = post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	private String entry(String type, String occurredAt, String text, String factors) {
		return "{\"childIds\":[\"" + child.id() + "\",\"" + sibling.id() + "\"],\"type\":\"" + type
				+ "\",\"occurredAt\":\"" + occurredAt + "\",\"text\":\"" + text + "\",\"factors\":[" + factors
				+ "],\"source\":\"PROFESSIONAL\"}";
	}

	private static String idOf(String json) {
		return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
	}

}
