package org.fullpicture.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.RawHttp;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded, seeded fuzz run through the real server over every API operation and page
 * the application maps: hostile paths, parameters, headers and bodies. No answer is a
 * 5xx, and a refused request (4xx) changes no table. Reproduce a failure with
 * -Dfullpicture.fuzz.seed=N (and more requests with -Dfullpicture.fuzz.requests=N).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class FuzzTests {

	/**
	 * Tables a refused request may still touch: the page session itself, and work done in
	 * the background.
	 */
	private static final List<String> NOT_COMPARED = List.of("spring_session", "spring_session_attributes",
			"event_publication", "linkage_job", "linkage_job_error", "linkage_job_file", "sign_in_failure");

	private static final String[] HOSTILE = { "%ZZ", "%", "%00", "%C0%AF", "%E0%A4%A", "%ED%A0%80", "..%2F..%2F",
			"%0d%0aX-Injected:%201", "x".repeat(3000), "%F0%9F%98%80", "null", "-1", "2147483648", "1e999",
			"%3Cscript%3E", "%27%20OR%201%3D1--", "%E2%80%AE", "%E2%80%8B", "%01", "%7F", "%C2%85", "true", "" };

	/**
	 * Ordinary values, so that many requests get past the first check to the code behind
	 * it.
	 */
	private static final String[] ORDINARY = { "1", "2", "50", "2026-01-01", "Smith", "INCIDENT", "newest", "family",
			"all", "true", "9434765919" };

	private static final String[] JSON_VALUES = { "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\\u200b\"",
			"\"" + "y".repeat(30_000) + "\"", "1e999999", "-0", "[]", "{}", "null", "true", "\"2026-02-30\"",
			"\"9999-12-31T23:59:59Z\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0007bell\"",
			"123456789012345678901234567890", "\"NOT_A_VALUE\"", "\"\uD83D\uDE00\"" };

	private static final String[] FIELDS = { "childIds", "type", "occurredAt", "text", "factors", "source",
			"sensitivity", "givenName", "familyName", "dateOfBirth", "nhsNumber", "upn", "sex", "reason", "outcome",
			"decision", "username", "password", "agencyId", "practitionerId", "idempotencyKey", "entry", "address",
			"otherNames" };

	private static final String[] PARAMETERS = { "page", "size", "name", "givenName", "familyName", "dateOfBirth",
			"nhsNumber", "from", "to", "type", "order", "scope", "unreviewed", "show", "agency", "text", "reason",
			"outcome", "q", "_csrf" };

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(String method, String pattern) {
	}

	@Test
	void hostileRequestsToEveryRouteGetNoServerErrorAndRefusalsChangeNothing() throws Exception {
		long seed = Long.getLong("fullpicture.fuzz.seed", 20261128L);
		int requests = Integer.getInteger("fullpicture.fuzz.requests", 300);
		Random random = new Random(seed);
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH,
				Role.ADMINISTRATOR, Role.DATA_QUALITY);
		Person child = fixtures.child("Fay", "Fuzz", LocalDate.of(2013, 6, 6), mash.id());
		String bearer = token(mash);
		String[] session = signIn(mash);
		List<Route> routes = routes();
		List<String> tables = tables();
		List<String> problems = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		long started = System.nanoTime();

		for (int i = 0; i < requests; i++) {
			Route route = routes.get(random.nextInt(routes.size()));
			String method = random.nextInt(10) == 0 ? pick(random, "GET", "POST", "PUT", "DELETE", "PATCH")
					: route.method();
			String path = path(route.pattern(), random, child.id());
			boolean api = route.pattern().startsWith("/api/");
			StringBuilder head = new StringBuilder(method + " " + path + query(random) + " HTTP/1.1");
			if (api && random.nextInt(8) != 0) {
				head.append("\r\nAuthorization: ").append(random.nextInt(10) == 0 ? "Bearer x" : bearer);
			}
			if (!api) {
				head.append("\r\nCookie: ").append(session[0]);
			}
			if (random.nextInt(6) == 0) {
				head.append("\r\nIdempotency-Key: ")
					.append(pick(random, "k\u00e9y", "\u00ff\u00fe", "a b", "ok-" + i, "x".repeat(300)));
			}
			byte[] body = new byte[0];
			if (!method.equals("GET")) {
				String contentType = api
						? pick(random, "application/json", "application/json", "application/json", "text/plain",
								"text/csv", "application/x-www-form-urlencoded", "application/xml")
						: "application/x-www-form-urlencoded";
				String text = contentType.startsWith("application/json") ? json(random)
						: contentType.startsWith("application/x-www") ? form(random) + "&_csrf=" + session[1]
								: pick(random, "given_name,family_name,date_of_birth\nA,B,2020-01-01\n", "\u0000\u0001",
										"<a>b</a>", "");
				body = text.getBytes(StandardCharsets.UTF_8);
				head.append("\r\nContent-Type: ")
					.append(contentType)
					.append("\r\nContent-Length: ")
					.append(body.length);
			}
			Map<String, Long> before = counts(tables);
			RawHttp.Response response = RawHttp.send(port, head.toString(), body);
			String request = "seed " + seed + " #" + i + ": "
					+ head.toString().replace("\r\n", " | ").replace(bearer, "Bearer …").replaceAll("x{20,}", "x…");
			statuses.merge(response.status(), 1, Integer::sum);
			if (response.status() >= 500 || response.status() < 100) {
				problems.add(request + " -> " + response.status());
			}
			else if (response.status() >= 400) {
				Map<String, Long> after = counts(tables);
				if (!after.equals(before)) {
					problems.add(request + " -> " + response.status() + " yet changed " + changed(before, after));
				}
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		String summary = String.format("%d requests in %d ms over %d routes, by status %s", requests, millis,
				routes.size(), statuses);
		System.out.println("Fuzz run: " + summary);
		assertThat(problems).as(summary).isEmpty();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/v3/") || pattern.startsWith("/swagger") || pattern.equals("/error")
						|| pattern.equals("/sign-out")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method.name(), pattern));
				}
			}
		});
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method)); // the
																						// seed
																						// decides,
																						// not
																						// hashing
		return routes;
	}

	private static String path(String pattern, Random random, UUID child) {
		return pattern.replaceAll("\\{[^}]+}", switch (random.nextInt(4)) {
			case 0 -> child.toString();
			case 1 -> UUID.randomUUID().toString();
			default -> pick(random, HOSTILE).replace("x".repeat(3000), "x".repeat(300));
		});
	}

	private static String query(Random random) {
		if (random.nextInt(3) == 0) {
			return "";
		}
		StringBuilder query = new StringBuilder("?");
		for (int n = random.nextInt(3) + 1; n > 0; n--) {
			query.append(pick(random, PARAMETERS))
				.append('=')
				.append(random.nextBoolean() ? pick(random, ORDINARY) : pick(random, HOSTILE))
				.append(n > 1 ? "&" : "");
		}
		return query.toString();
	}

	private static String json(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> pick(random, "{", "[", "\"", "{\"a\":", "\u0000", "", "[1,2", "{\"text\":\"\\ud800\"}");
			case 1 -> "[".repeat(2000) + "]".repeat(2000);
			case 2 -> "[" + object(random) + "," + object(random) + "]";
			default -> object(random);
		};
	}

	private static String object(Random random) {
		StringBuilder json = new StringBuilder("{");
		for (int n = random.nextInt(5) + 1; n > 0; n--) {
			json.append('"')
				.append(pick(random, FIELDS))
				.append("\":")
				.append(pick(random, JSON_VALUES))
				.append(n > 1 ? "," : "");
		}
		return json.append('}').toString();
	}

	private static String form(Random random) {
		StringBuilder form = new StringBuilder();
		for (int n = random.nextInt(4) + 1; n > 0; n--) {
			form.append(pick(random, PARAMETERS))
				.append('=')
				.append(random.nextBoolean() ? pick(random, ORDINARY) : pick(random, HOSTILE))
				.append(n > 1 ? "&" : "");
		}
		return form.toString();
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private List<String> tables() {
		return db
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
					+ "AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")
			.query(String.class)
			.list()
			.stream()
			.map(name -> name.toLowerCase(java.util.Locale.ROOT))
			.filter(name -> !NOT_COMPARED.contains(name) && !name.startsWith("flyway"))
			.toList();
	}

	/** Every table's row count, in one query. */
	private Map<String, Long> counts(List<String> tables) {
		String sql = String.join(" UNION ALL ",
				tables.stream().map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM " + t).toList());
		Map<String, Long> counts = new java.util.TreeMap<>();
		db.sql(sql).query((rs, row) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
		return counts;
	}

	private static String changed(Map<String, Long> before, Map<String, Long> after) {
		return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList().toString();
	}

	private String token(Practitioner practitioner) throws Exception {
		String body = "{\"username\":\"" + practitioner.username() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}";
		RawHttp.Response response = RawHttp.send(port, "POST /api/v1/tokens HTTP/1.1\r\nContent-Type: application/json"
				+ "\r\nContent-Length: " + body.length(), body);
		return "Bearer " + response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	/** The session cookie and the CSRF token of a signed-in page session. */
	private String[] signIn(Practitioner practitioner) throws Exception {
		RawHttp.Response form = RawHttp.send(port, "GET /sign-in HTTP/1.1", "");
		String cookie = form.header("Set-Cookie").split(";")[0];
		String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "username=" + practitioner.username() + "&password=" + Fixtures.PASSWORD.replace(" ", "+")
				+ "&_csrf=" + csrf;
		RawHttp.Response signedIn = RawHttp.send(port,
				"POST /sign-in HTTP/1.1\r\nCookie: " + cookie
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length(),
				body);
		String renewed = signedIn.header("Set-Cookie");
		String session = renewed == null ? cookie : renewed.split(";")[0];
		RawHttp.Response home = RawHttp.send(port, "GET /children/find HTTP/1.1\r\nCookie: " + session, "");
		String pageCsrf = home.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		return new String[] { session, pageCsrf };
	}

}
