package org.fullpicture.chronology;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ChronologyBatchApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Person child;

	String bearer;

	@Autowired
	Involvements involvements;

	@BeforeEach
	void signIn() throws Exception {
		Agency police = fixtures.agency(AgencyType.POLICE);
		Practitioner officer = fixtures.practitioner(police);
		bearer = fixtures.bearer(mvc, officer);
		child = fixtures.child("Nia", "Batch", LocalDate.of(2014, 5, 5), officer.id());
		involvements.startByWorkflow(child.id(), police.id(), officer.id(), "Investigating", officer.id());
	}

	@Test
	void recordsEachEntryOnItsOwnTermsAndAnswersARepeatWithTheStoredEntry() throws Exception {
		String first = entry("k1-" + child.id(), child.id(), "Saw her at the bus station at 2am.");
		String unknownChild = entry("k2-" + child.id(), UUID.randomUUID(), "About a child nobody recorded.");

		String body = send("[" + first + "," + unknownChild + "]").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].status", is(201)))
			.andExpect(jsonPath("$[0].entry.text", is("Saw her at the bus station at 2am.")))
			.andExpect(jsonPath("$[1].status", is(400)))
			.andExpect(jsonPath("$[1].errors[0].field", is("childIds")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("(?s).*?\"entry\":\\{\"id\":\"([^\"]+)\".*", "$1");

		send("[" + first + "]").andExpect(jsonPath("$[0].status", is(200)))
			.andExpect(jsonPath("$[0].entry.id", is(id)));
		send("[" + entry("k1-" + child.id(), child.id(), "Different words under the same key.") + "]")
			.andExpect(jsonPath("$[0].status", is(409)));
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", bearer))
			.andExpect(jsonPath("$.totalEntries", is(1)));
	}

	@Test
	void refusesABatchEntryWithoutAnIdempotencyKey() throws Exception {
		send("[{\"entry\":{\"childIds\":[\"" + child.id() + "\"],\"type\":\"CONCERN\","
				+ "\"occurredAt\":\"2025-01-01T10:00:00Z\",\"text\":\"No key.\"}}]")
			.andExpect(status().isBadRequest());
	}

	@Test
	void aSingleEntryIsStillRecordedOnceUnderItsKey() throws Exception {
		String single = "{\"childIds\":[\"" + child.id() + "\"],\"type\":\"CONCERN\","
				+ "\"occurredAt\":\"2025-01-01T10:00:00Z\",\"text\":\"Crying at the school gate.\",\"factors\":[\"16a\"]}";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
				.header("Idempotency-Key", "single-" + child.id())
				.contentType("application/json")
				.content(single)).andExpect(status().isCreated()).andExpect(jsonPath("$.factors[0]", is("16A")));
		}
		mvc.perform(get("/api/v1/people/" + child.id() + "/chronology").header("Authorization", bearer))
			.andExpect(jsonPath("$.totalEntries", is(1)));
	}

	@Test
	void aNullItemOrANullChildInABatchIsNamedByItsPlaceAndNothingIsStored() throws Exception {
		send("[" + entry("n1-" + child.id(), child.id(), "Kept back.") + ",null]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("[1]")))
			.andExpect(jsonPath("$.errors[0].message", is("Send an entry with its idempotency key, not null")));
		send("[{\"idempotencyKey\":\"n2-" + child.id() + "\",\"entry\":{\"childIds\":[null],\"type\":\"CONCERN\","
				+ "\"occurredAt\":\"2025-01-01T10:00:00Z\",\"text\":\"No child.\"}}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status", is(400)))
			.andExpect(jsonPath("$[0].errors[0].field", is("childIds[0]")))
			.andExpect(jsonPath("$[0].errors[0].message", is("Choose a child")));
		// an entry that cannot be read is refused alone, in its place in the answer
		send("[{\"idempotencyKey\":\"n3\",\"entry\":{\"childIds\":[\"abc\"]}}]").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status", is(400)))
			.andExpect(jsonPath("$[0].idempotencyKey", is("n3")))
			.andExpect(jsonPath("$[0].errors[0].field", is("entry.childIds[0]")))
			.andExpect(jsonPath("$[0].errors[0].message", is("This value is not an id")));
		assertThat(db.sql("SELECT COUNT(*) FROM chronology_entry_child WHERE person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single()).isZero();
	}

	private ResultActions send(String json) throws Exception {
		return mvc.perform(post("/api/v1/chronology/batch").header("Authorization", bearer)
			.contentType("application/json")
			.content(json));
	}

	private static String entry(String key, UUID childId, String text) {
		return "{\"idempotencyKey\":\"" + key + "\",\"entry\":{\"childIds\":[\"" + childId + "\"],\"type\":\"CONCERN\","
				+ "\"occurredAt\":\"2025-01-01T10:00:00Z\",\"text\":\"" + text + "\"}}";
	}

}
