package org.fullpicture.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every operation of the OpenAPI document, called by every demo role, with no token and
 * with an expired token and with a revoked one, against the table of expected answers in
 * {@code access/api-authorisation.csv}. The call carries no usable input (an empty body,
 * a child nobody is involved with, unknown ids for everything else), so the answer shows
 * where authorisation stops a caller: 401 or 403 is refused; 400, 404 or 2xx got past it.
 * An operation without a row fails.
 */
@DatabaseTest
class ApiAuthorisationMatrixTests {

	static final String TABLE = "/access/api-authorisation.csv";

	/** The table's columns after method and path, in order. */
	static final List<String> CALLERS = List.of("no-token", "expired-token", "revoked-token", "practitioner",
			"safeguarding-lead", "mash", "manager", "partnership-analyst", "data-quality", "administrator");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Test
	void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
		Map<String, List<String>> expected = table();
		Map<String, String> bearers = callers();
		Person child = fixtures.child("Max", Fixtures.randomName(), LocalDate.of(2014, 2, 2),
				fixtures.practitioner(fixtures.agency(AgencyType.VOLUNTARY)).id());

		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		JsonNode paths = new ObjectMapper()
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.get("paths");
		paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String key = operation.getKey().toUpperCase() + " " + path.getKey();
			List<String> actual = new ArrayList<>();
			for (String caller : CALLERS) {
				actual.add(String.valueOf(
						call(operation.getKey(), path.getKey(), operation.getValue(), child, bearers.get(caller))));
			}
			List<String> row = expected.remove(key);
			if (row == null) {
				missing.add(key.replace(' ', ',') + "," + String.join(",", actual));
			}
			else if (!row.equals(actual)) {
				wrong.add(key + ": expected " + row + " but was " + actual);
			}
		}));
		assertThat(missing).as("operations without a row in " + TABLE + " (callers " + CALLERS + ")").isEmpty();
		assertThat(wrong).as("answers unlike the table").isEmpty();
		assertThat(expected.keySet()).as("rows for operations the API no longer has").isEmpty();
	}

	private int call(String method, String path, JsonNode operation, Person child, String bearer) {
		String url = path.replace("{id}", child.id().toString()).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.toUpperCase()), url);
		JsonNode body = operation.path("requestBody").path("content");
		if (!body.isMissingNode()) {
			String type = body.fieldNames().next();
			// a body of the right type that says nothing usable: the answer is about who
			// calls, not what they send
			request.contentType(type).content(type.contains("json") ? "{}" : "nothing");
		}
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		try {
			return mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + url, ex);
		}
	}

	/**
	 * One practitioner per demo role, each at the kind of agency the demo gives that
	 * role.
	 */
	private Map<String, String> callers() throws Exception {
		Map<String, String> bearers = new LinkedHashMap<>();
		bearers.put("no-token", null);
		Practitioner expiring = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		String expired = fixtures.bearer(mvc, expiring);
		db.sql("UPDATE api_token SET expires_at = ? WHERE practitioner_id = ?")
			.params(OffsetDateTime.now().minusMinutes(1), expiring.id())
			.update();
		bearers.put("expired-token", expired);
		// an administrator's token, revoked: it must open nothing, however much it could
		Practitioner revoking = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		String revoked = fixtures.bearer(mvc, revoking);
		assertThat(mvc.perform(delete("/api/v1/tokens/current").header("Authorization", revoked))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		bearers.put("revoked-token", revoked);
		Agency csc = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		bearers.put("practitioner", bearer(fixtures.agency(AgencyType.POLICE), Role.PRACTITIONER));
		bearers.put("safeguarding-lead", bearer(fixtures.agency(AgencyType.SCHOOL), Role.SAFEGUARDING_LEAD));
		bearers.put("mash", bearer(csc, Role.MASH));
		bearers.put("manager", bearer(fixtures.agency(AgencyType.EARLY_HELP), Role.MANAGER));
		bearers.put("partnership-analyst", bearer(csc, Role.PARTNERSHIP_ANALYST));
		bearers.put("data-quality", bearer(csc, Role.DATA_QUALITY));
		bearers.put("administrator", bearer(csc, Role.ADMINISTRATOR));
		return bearers;
	}

	private String bearer(Agency agency, Role role) throws Exception {
		return fixtures.bearer(mvc, fixtures.practitioner(agency, role));
	}

	/**
	 * method and path → the expected status for each caller; lines starting with # are
	 * comments.
	 */
	private static Map<String, List<String>> table() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (InputStream in = ApiAuthorisationMatrixTests.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.strip().split(",");
				assertThat(cells).as(line).hasSize(2 + CALLERS.size());
				rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
			}
		}
		return rows;
	}

}
