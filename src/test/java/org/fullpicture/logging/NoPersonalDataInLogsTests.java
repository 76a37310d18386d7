package org.fullpicture.logging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A real server, so that what Tomcat and Spring log of a failed request goes through the
 * real logging configuration.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NoPersonalDataInLogsTests.FailingEndpoint.class)
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	LoggingSystem logging;

	String bearer;

	@BeforeEach
	void signIn() throws Exception {
		bearer = fixtures.bearer(mvc, fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL)));
	}

	@Test
	void aDatabaseErrorOnTheApiIsLoggedOnceWithItsClassAndSqlStateButNotTheValue(CapturedOutput output)
			throws Exception {
		String name = Fixtures.randomName();

		HttpResponse<String> response = post(FailsInTheDatabase.PATH, (name + " ").repeat(40));

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"Sorry, there is a problem with the service\"")
			.contains("\"status\":500")
			.doesNotContain(name)
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("SQL")
			.doesNotContain("trace");
		assertThat(output).contains("Unexpected error answering POST " + FailsInTheDatabase.PATH)
			.contains("org.springframework.dao.DataIntegrityViolationException")
			.contains("SQLState 22001")
			.doesNotContain(name);
		assertThat(output.toString().split("Unexpected error answering", -1)).as("logged once").hasSize(2);
		assertThat(output).doesNotContain("threw exception");
	}

	@Test
	void springsOwnRefusalsOnTheApiKeepTheirStatusAndAreNotLoggedAsErrors(CapturedOutput output) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FailsInTheDatabase.PATH))
			.header("Authorization", bearer)
			.GET()
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(output).doesNotContain("Unexpected error answering");
	}

	/**
	 * Every value the API stores is checked before it reaches the database, so no real
	 * request is refused there any more: this endpoint, mounted for these tests only,
	 * stores a value too long for its column as a request would.
	 */
	@TestConfiguration
	static class FailingEndpoint {

		@Bean
		FailsInTheDatabase failsInTheDatabase(JdbcClient db) {
			return new FailsInTheDatabase(db);
		}

	}

	@RestController
	static class FailsInTheDatabase {

		static final String PATH = "/api/v1/test-only/drafts";

		private final JdbcClient db;

		FailsInTheDatabase(JdbcClient db) {
			this.db = db;
		}

		@PostMapping(PATH)
		void store(@RequestBody String formKey) {
			db.sql("INSERT INTO form_draft (practitioner_id, form_key, content, saved_at) VALUES (?, ?, '', ?)")
				.params(CurrentPractitioner.get().id(), formKey, OffsetDateTime.now())
				.update();
		}

		@GetMapping(PATH)
		String find(@RequestParam String formKey) {
			return formKey;
		}

	}

	@Test
	void malformedJsonIsLoggedWithoutTheNameItQuotes(CapturedOutput output) throws Exception {
		String name = Fixtures.randomName();
		// the resolver quotes the exception it resolved at debug (the rest of Spring
		// MVC's debug output quotes
		// request bodies by design, and is not for use with real data)
		String resolver = ExceptionHandlerExceptionResolver.class.getName();
		logging.setLogLevel(resolver, LogLevel.DEBUG);
		HttpResponse<String> response;
		try {
			response = post("/api/v1/people", "{\"givenName\": " + name + ", \"dateOfBirth\": \"2015-04-02\"}");
		}
		finally {
			logging.setLogLevel(resolver, null);
		}

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(output).contains("Resolved [org.springframework.http.converter.HttpMessageNotReadableException]")
			.doesNotContain(name);
	}

	@Test
	void aUniqueViolationFromTheDatabaseIsLoggedWithoutTheKey(CapturedOutput output) {
		String nhsNumber = Fixtures.nhsNumber();
		insertPerson(nhsNumber);
		// PostgreSQL's message has "Key (nhs_number)=(...) already exists", H2's the
		// row's values
		DataIntegrityViolationException duplicate = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> insertPerson(nhsNumber));

		LoggerFactory.getLogger(NoPersonalDataInLogsTests.class).error("Could not record a person", duplicate);

		assertThat(output).contains("Could not record a person", "DuplicateKeyException", "SQLState 23505")
			.doesNotContain(nhsNumber);
	}

	private void insertPerson(String nhsNumber) {
		db.sql("""
				INSERT INTO person (id, given_name, family_name, family_name_key, sex, nhs_number, created_at, created_by)
				VALUES (?, 'Test', 'Person', 'person', 'FEMALE', ?, ?, ?)""")
			.params(UUID.randomUUID(), nhsNumber, OffsetDateTime.now(), UUID.randomUUID())
			.update();
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
