package org.fullpicture.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.fullpicture.FullPictureApplication;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.NewContact;
import org.fullpicture.frontdoor.Urgency;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Sex;
import org.fullpicture.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The MASH queue with 2,000 open contacts on PostgreSQL: the page and the API, p50 and
 * p95 over 300 requests after a warm-up, against the module's own SQL sent straight to
 * the database. Starts the application in-process on a fresh schema of the test
 * PostgreSQL (FULLPICTURE_TEST_POSTGRES_URL), loads the contacts through the front door
 * itself, and drops the schema at the end. Run with bin/frontdoor-bench.
 */
public final class FrontDoorQueueBenchmark {

	private static final int CONTACTS = 2_000;

	private static final int WARM_UP = 200;

	private static final int REQUESTS = 300;

	private static final String PASSWORD = "bench-password-1";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final JdbcClient db;

	private FrontDoorQueueBenchmark(String base, JdbcClient db) {
		this.base = base;
		this.db = db;
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("fullpicture.test.db", "postgres");
		// as in production: the test profile turns the template cache off, and a profile
		// file outranks defaults
		System.setProperty("spring.thymeleaf.cache", "true");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FullPictureApplication.class)
			.profiles("test")
			.initializers(new TestDatabase())
			.properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=WARN")
			.run()) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var bench = new FrontDoorQueueBenchmark("http://127.0.0.1:" + port,
					JdbcClient.create(app.getBean(DataSource.class)));
			Practitioner mash = bench.load(app);
			bench.measure(mash);
		}
		System.exit(0);
	}

	private Practitioner load(ConfigurableApplicationContext app) {
		Agencies agencies = app.getBean(Agencies.class);
		Practitioners practitioners = app.getBean(Practitioners.class);
		People people = app.getBean(People.class);
		Contacts contacts = app.getBean(Contacts.class);
		String hash = app.getBean(PasswordEncoder.class).encode(PASSWORD);
		Agency socialCare = agencies.add("Children's Social Care", AgencyType.CHILDRENS_SOCIAL_CARE, "Lead",
				"l@example.org", "0");
		Agency school = agencies.add("Bench School", AgencyType.SCHOOL, "DSL", "d@example.org", "0");
		Practitioner mash = practitioners.add(socialCare.id(), "bench-mash", "Bench MASH", null, null, hash,
				Set.of(Role.MASH));
		Practitioner teacher = practitioners.add(school.id(), "bench-teacher", "Bench Teacher", null, null, hash,
				Set.of(Role.PRACTITIONER));
		Urgency[] urgencies = Urgency.values();
		long started = System.nanoTime();
		for (int i = 0; i < CONTACTS; i++) {
			UUID child = people
				.create(new NewPerson("Child" + i, "Bench" + (i % 97), List.of(),
						LocalDate.of(2010 + i % 14, 1 + i % 12, 1 + i % 28), null, Sex.FEMALE, null, null, null, null),
						teacher.id())
				.id();
			contacts.make(new NewContact(List.of(child), List.of(), null, "Contact " + i + ": a bruise on the arm.",
					null, null, Consent.GIVEN, null, urgencies[i % 3]), teacher);
		}
		System.out.printf("Loaded %,d open contacts through the front door in %d s%n", CONTACTS,
				(System.nanoTime() - started) / 1_000_000_000);
		return mash;
	}

	private void measure(Practitioner mash) throws Exception {
		String token = token();
		String cookie = signIn();
		long[] api = time(() -> get("/api/v1/mash/queue", "Authorization", "Bearer " + token));
		long[] page = time(() -> get("/mash/queue", "Cookie", cookie));
		long[] sql50 = time(() -> queueSql(50));
		long[] sql25 = time(() -> queueSql(25));
		report("GET /api/v1/mash/queue (50 a page)", api, sql50);
		report("GET /mash/queue (page, 25 a page)", page, sql25);
	}

	/**
	 * The statements Contacts.queue sends: the count, the page with its check counts, and
	 * the page's children.
	 */
	private void queueSql(int size) {
		db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE").query(Long.class).single();
		List<UUID> ids = db
			.sql("""
					SELECT c.id, c.reference, c.status, c.received_at, c.decision_due, c.rag, c.urgency, c.referrer_kind,
					       (SELECT COUNT(*) FROM contact_check k WHERE k.contact_id = c.id) AS asked,
					       (SELECT COUNT(*) FROM contact_check k WHERE k.contact_id = c.id AND k.answered_at IS NOT NULL) AS answered
					FROM contact c WHERE c.in_queue = TRUE ORDER BY c.decision_due, c.received_at LIMIT :size OFFSET 0""")
			.param("size", size)
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
		db.sql("SELECT contact_id, person_id FROM contact_child WHERE contact_id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> rs.getObject("person_id", UUID.class))
			.list();
	}

	private String token() throws Exception {
		String body = http
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"bench-mash\",\"password\":\"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	/**
	 * Form sign-in as a browser does it: the sign-in page's CSRF token and session
	 * cookie, then the post.
	 */
	private String signIn() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString());
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers
				.ofString("username=bench-mash&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(session);
	}

	private void get(String path, String header, String value) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header(header, value)
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long[] time(Runnable request) {
		for (int i = 0; i < WARM_UP; i++) {
			request.run();
		}
		long[] nanos = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			long start = System.nanoTime();
			request.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void report(String what, long[] request, long[] sql) {
		double p50 = percentile(request, 0.50);
		double p95 = percentile(request, 0.95);
		double sqlP50 = percentile(sql, 0.50);
		double sqlP95 = percentile(sql, 0.95);
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms; its SQL sent directly p50 %.2f ms, p95 %.2f ms; "
				+ "ratio p50 %.1f×, p95 %.1f×%n", what, p50, p95, sqlP50, sqlP95, p50 / sqlP50, p95 / sqlP95);
	}

	private static double percentile(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1_000_000.0;
	}

}
