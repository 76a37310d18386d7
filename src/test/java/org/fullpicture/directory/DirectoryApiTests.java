package org.fullpicture.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class DirectoryApiTests {

	static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	static final String SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	JsonMapper json;

	@Autowired
	Involvements involvements;

	Practitioner admin;

	@BeforeEach
	void setUp() {
		admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
	}

	@Test
	void theOpenReferralExamplesImportAndTheReadApiValidatesAgainstTheOfficialSchemas() throws Exception {
		for (String example : List.of("service_full", "service_list", "organization_full", "organization_list",
				"service_at_location_full", "service_at_location_list")) {
			assertThat(importFile(resource("examples/" + example + ".json")).get("failed").asInt()).as(example)
				.isZero();
		}
		mvc.perform(post("/api/v1/directory/imports").with(SignedIn.as(admin))
			.contentType("application/json")
			.content(resource("examples/taxonomy.json")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")));

		mvc.perform(get("/openreferral/")).andExpect(status().isOk()).andExpect(jsonPath("$.version", is("3.0")));
		String one = mvc.perform(get("/openreferral/services/" + SERVICE_ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is("Community Counselling")))
			.andExpect(jsonPath("$.status", is("active")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValid("service.json", json.readTree(one));
		// the validator does refuse what the profile forbids
		assertThat(SCHEMAS.getSchema(resource("schema/service.json"))
			.validate(json.readTree("{\"id\":\"" + SERVICE_ID + "\",\"name\":\"A\",\"status\":\"open\"}")))
			.isNotEmpty();

		// other tests share the directory: each search here is of this example's words
		JsonNode page = json.readTree(mvc
			.perform(get("/openreferral/services").param("search", "community counselling").param("per_page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page_number", is(1)))
			.andExpect(jsonPath("$.contents", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		for (JsonNode service : page.get("contents")) {
			assertValid("service_list.json", service);
		}
		mvc.perform(get("/openreferral/services").param("search", "counselling")
			.param("minimum_age", "15")
			.param("maximum_age", "15")).andExpect(jsonPath("$.total_items", is(1)));
		mvc.perform(get("/openreferral/services").param("search", "counselling")
			.param("minimum_age", "5")
			.param("maximum_age", "5")).andExpect(jsonPath("$.total_items", is(0)));
		mvc.perform(get("/openreferral/services").param("search", "no such service"))
			.andExpect(jsonPath("$.empty", is(true)));
		mvc.perform(get("/openreferral/services/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void whenAServiceClosesEveryChildReceivingItGetsAServiceEndedEntryAndTheirPractitionersAreTold() throws Exception {
		importFile(resource("examples/service_full.json"));
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		Person child = fixtures.child("Ria", Fixtures.randomName(), LocalDate.of(2011, 1, 1), teacher.id());
		involvements.add(child.id(), school.id(), teacher.id(), LocalDate.of(2025, 1, 1), null, "On roll",
				org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);

		mvc.perform(post("/api/v1/people/" + child.id() + "/services").with(SignedIn.as(teacher))
			.contentType("application/json")
			.content("{\"serviceId\":\"" + SERVICE_ID + "\",\"from\":\"2026-01-05\"}")).andExpect(status().isCreated());
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/api/v1/people/" + child.id() + "/services").with(SignedIn.as(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/directory/services/" + SERVICE_ID + "/status").with(SignedIn.as(teacher))
			.contentType("application/json")
			.content("{\"status\":\"DEFUNCT\"}")).andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/directory/services/" + SERVICE_ID + "/status").with(SignedIn.as(admin))
			.contentType("application/json")
			.content("{\"status\":\"DEFUNCT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DEFUNCT")));
		settle();

		assertThat(db
			.sql("""
					SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
					WHERE c.person_id = ? AND e.type = 'SERVICE_ENDED' AND e.recorder_id = '00000000-0000-0000-0000-00000000f002'""")
			.param(child.id())
			.query(Long.class)
			.single()).isOne();
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(teacher)))
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.notifications[0].kind", is("SERVICE_ENDED")));
		mvc.perform(get("/api/v1/people/" + child.id() + "/services").with(SignedIn.as(teacher)))
			.andExpect(jsonPath("$[0].to", is(LocalDate.now().toString())));
	}

	@Test
	void practitionersFindActiveServicesByNeedAgeAndAreaAndOnlyAdministratorsKeepTheDirectory() throws Exception {
		importFile(resource("examples/service_full.json"));
		Practitioner worker = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
		mvc.perform(get("/api/v1/directory/services").param("text", "counselling")
			.param("age", "14")
			.with(SignedIn.as(worker)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.services[0].needs[0]", is("name")));
		mvc.perform(get("/api/v1/directory/services").param("text", "counselling")
			.param("age", "8")
			.with(SignedIn.as(worker))).andExpect(jsonPath("$.total", is(0)));
		mvc.perform(get("/api/v1/directory/services").param("text", "counselling")
			.param("need", "Parenting")
			.with(SignedIn.as(worker))).andExpect(jsonPath("$.total", is(0)));
		mvc.perform(get("/api/v1/directory/services")).andExpect(status().isUnauthorized());

		// assured in 2005: long overdue a check
		mvc.perform(get("/api/v1/directory/review").with(SignedIn.as(admin)))
			.andExpect(jsonPath("$[?(@.id == '" + SERVICE_ID + "')]", hasSize(1)));
		mvc.perform(post("/api/v1/directory/services/" + SERVICE_ID + "/checked").with(SignedIn.as(admin)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/directory/review").with(SignedIn.as(admin)))
			.andExpect(jsonPath("$[?(@.id == '" + SERVICE_ID + "')]", hasSize(0)));
		for (var request : List.of(get("/api/v1/directory/review"),
				post("/api/v1/directory/services/" + SERVICE_ID + "/checked"),
				get("/api/v1/directory/imports/" + UUID.randomUUID()))) {
			mvc.perform(request.with(SignedIn.as(worker))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/directory/imports").with(SignedIn.as(worker))
			.contentType("application/json")
			.content("{}")).andExpect(status().isForbidden());

		mvc.perform(get("/services").param("text", "counselling").param("age", "14").with(SignedIn.as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Community Counselling")));
		mvc.perform(get("/services").param("text", "counselling").param("age", "8").with(SignedIn.as(worker)))
			.andExpect(content().string(containsString("No open services match")));
		mvc.perform(get("/services/review").with(SignedIn.as(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/services/review").with(SignedIn.as(admin))).andExpect(status().isOk());
		mvc.perform(get("/services")).andExpect(status().is3xxRedirection());
	}

	private JsonNode importFile(String body) throws Exception {
		String started = mvc
			.perform(post("/api/v1/directory/imports").with(SignedIn.as(admin))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = json.readTree(started).get("id").asString();
		JsonNode[] progress = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			progress[0] = json.readTree(mvc.perform(get("/api/v1/directory/imports/" + id).with(SignedIn.as(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString());
			return progress[0].get("finished").asBoolean();
		});
		return progress[0];
	}

	private void assertValid(String schemaFile, JsonNode document) throws IOException {
		Schema schema = SCHEMAS.getSchema(resource("schema/" + schemaFile));
		List<Error> errors = schema.validate(document);
		assertThat(errors).as(schemaFile).isEmpty();
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> db.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single() == 0);
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = DirectoryApiTests.class.getResourceAsStream("/openreferral-uk/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
