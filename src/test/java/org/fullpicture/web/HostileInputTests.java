package org.fullpicture.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.RawHttp;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through the real server (Tomcat, filters, Spring Security, MVC): a 4xx in
 * problem+json, never a 500.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fullpicture.requests.max-body=64KB", "fullpicture.requests.max-upload=128KB" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class HostileInputTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Practitioner police;

	Person child;

	String bearer;

	@BeforeEach
	void setUp() throws Exception {
		police = fixtures.practitioner(fixtures.agency(AgencyType.POLICE), Role.MASH);
		child = fixtures.child("Hana", "Hostile", LocalDate.of(2014, 4, 4), police.id());
		bearer = fixtures.bearer(mvc, police);
	}

	@Test
	void brokenPercentEncodingInAParameterIsARefusalNotAFault() throws Exception {
		for (String query : new String[] { "familyName=%ZZ", "familyName=%E0%A4%A", "familyName=%", "familyName=%C3%28",
				"familyName=%00" }) {
			RawHttp.Response api = RawHttp.send(port,
					"GET /api/v1/people?" + query + " HTTP/1.1\r\nAuthorization: " + bearer, "");
			assertProblem(api, 400);
		}
	}

	@Test
	void aControlCharacterInAFormFieldIsRefusedNamingTheField() throws Exception {
		RawHttp.Response response = RawHttp.send(port,
				"GET /api/v1/people?familyName=Ho%07stile HTTP/1.1\r\nAuthorization: " + bearer, "");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"field\":\"familyName\"").contains("U+0007");
	}

	@Test
	void aWrongMethodAndAWrongContentTypeAreProblemsToo() throws Exception {
		RawHttp.Response wrongMethod = RawHttp.send(port,
				"DELETE /api/v1/agencies HTTP/1.1\r\nAuthorization: " + bearer, "");
		assertProblem(wrongMethod, 405);
		RawHttp.Response wrongType = RawHttp.send(port, "POST /api/v1/chronology HTTP/1.1\r\nAuthorization: " + bearer
				+ "\r\nContent-Type: text/plain\r\nContent-Length: 5", "hello");
		assertProblem(wrongType, 415);
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		long entries = count("chronology_entry");
		RawHttp.Response declared = RawHttp.send(port, "POST /api/v1/chronology HTTP/1.1\r\nAuthorization: " + bearer
				+ "\r\nContent-Type: application/json\r\nContent-Length: 160000000", "{}");
		assertProblem(declared, 413);

		String big = "{\"childIds\":[\"" + child.id()
				+ "\"],\"type\":\"INCIDENT\",\"occurredAt\":\"2026-01-01T09:00:00Z\"," + "\"text\":\""
				+ "x".repeat(100_000) + "\"}";
		byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
		String chunked = Integer.toHexString(bytes.length) + "\r\n" + big + "\r\n0\r\n\r\n";
		RawHttp.Response unlimited = RawHttp.send(port, "POST /api/v1/chronology HTTP/1.1\r\nAuthorization: " + bearer
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", chunked);
		assertProblem(unlimited, 413);
		assertThat(count("chronology_entry")).isEqualTo(entries);
	}

	@Test
	void aNulInTextIsRefusedNamingTheFieldAndABatchAnswersForEachEntry() throws Exception {
		String entry = "{\"childIds\":[\"" + child.id()
				+ "\"],\"type\":\"INCIDENT\",\"occurredAt\":\"2026-01-01T09:00:00Z\"," + "\"text\":\"%s\"}";
		RawHttp.Response single = post("/api/v1/chronology", entry.formatted("Seen at the \\u0000 door."));
		assertProblem(single, 400);
		assertThat(single.body()).contains("\"field\":\"text\"").contains("NUL");

		String batch = "[{\"idempotencyKey\":\"a-" + Fixtures.unique() + "\",\"entry\":"
				+ entry.formatted("Seen at home.") + "},{\"idempotencyKey\":\"b-" + Fixtures.unique() + "\",\"entry\":"
				+ entry.formatted("bad \\u0000 text") + "}]";
		RawHttp.Response answered = post("/api/v1/chronology/batch", batch);
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.body()).contains("\"status\":201")
			.contains("\"status\":400")
			.contains("\"field\":\"entry.text\"");
	}

	@Test
	void aLoneSurrogateOrAnInvisibleNameIsRefusedSayingWhichFieldAndWhy() throws Exception {
		String person = "{\"givenName\":\"%s\",\"familyName\":\"Surrogate\",\"dateOfBirth\":\"2015-05-05\",\"sex\":\"FEMALE\"}";
		RawHttp.Response surrogate = post("/api/v1/people", person.formatted("Ann\\ud800"));
		assertProblem(surrogate, 400);
		assertThat(surrogate.body()).contains("\"field\":\"givenName\"").contains("unpaired surrogate");

		RawHttp.Response invisible = post("/api/v1/people", person.formatted("\\u200b\\u202e\\u200d"));
		assertProblem(invisible, 400);
		assertThat(invisible.body()).contains("\"field\":\"givenName\"").contains("invisible");
	}

	@Test
	void anIdempotencyKeyOutsideAsciiIsRefusedNamingTheHeader() throws Exception {
		String head = "POST /api/v1/chronology HTTP/1.1\r\nAuthorization: " + bearer
				+ "\r\nContent-Type: application/json\r\nIdempotency-Key: cl\u00e9-\u00ff\r\nContent-Length: 2";
		RawHttp.Response response = RawHttp.send(port, head, "{}");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"");
	}

	@Test
	void theFirewallsRefusalIsAProblemToo() throws Exception {
		RawHttp.Response response = RawHttp.send(port,
				"GET /api/v1/agencies/..%2F..%2Fetc HTTP/1.1\r\nAuthorization: " + bearer, "");
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.status()).isNotEqualTo(500);
	}

	@Test
	void forwardedHeadersFromAnAddressNotConfiguredAsAProxyAreIgnored() throws Exception {
		RawHttp.Response response = RawHttp.send(port, "GET /sign-in HTTP/1.1\r\nX-Forwarded-Proto: https", "");
		assertThat(response.header("Set-Cookie")).contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(response.header("Strict-Transport-Security")).isNull();
	}

	private RawHttp.Response post(String path, String json) throws Exception {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nAuthorization: " + bearer
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length, bytes);
	}

	private long count(String table) {
		return db.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static void assertProblem(RawHttp.Response response, int status) {
		assertThat(response.status()).as(response.head() + "\n" + response.body()).isEqualTo(status);
		assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"errors\"");
	}

}
