package org.fullpicture.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.fullpicture.people.People;

/**
 * Drives a FullPicture server on 127.0.0.1, loaded by bin/bench-load, and prints the
 * benchmark figures: a child's chronology and a search by name and date of birth
 * (latency, and against the same SQL sent straight to the database, first the module's
 * own statements, then every statement the request sends, audit write included), and
 * ingest through the API one entry at a time and in batches. Every measure is bounded in
 * requests and in time. Run by bin/bench-drive.
 */
public final class ApiLoadBenchmark {

	private static final int READS = 300;

	private static final int WARM_UP = 50;

	private static final int PAGE_WARM_UP = 500;

	private static final Duration INGEST_FOR = Duration.ofSeconds(20);

	private static final int INGEST_THREADS = 16;

	private static final int BATCH_SIZE = 250;

	private static final String CHRONOLOGY_WHERE = " WHERE e.id IN (SELECT c.entry_id FROM chronology_entry_child c"
			+ " WHERE c.person_id IN (?)) AND (e.sensitivity = 'NORMAL' OR e.agency_id = ? OR ? = TRUE)";

	private static final String CHRONOLOGY_PAGE = """
			SELECT e.*, p.display_name AS recorder_name, a.name AS agency_name,
			       (SELECT MIN(CAST(n.id AS VARCHAR(36))) FROM chronology_entry n WHERE n.supersedes_id = e.id) AS superseded_by
			FROM chronology_entry e
			JOIN practitioner p ON p.id = e.recorder_id JOIN agency a ON a.id = e.agency_id"""
			+ CHRONOLOGY_WHERE + " ORDER BY e.occurred_at DESC, e.recorded_at DESC, e.id LIMIT 50 OFFSET 0";

	private static final String PERSON = "SELECT p.id, p.given_name, p.family_name, p.date_of_birth, "
			+ "p.expected_delivery_date, p.sex, p.nhs_number, p.upn FROM person p WHERE p.id = ?";

	private static final String SEARCH = """
			SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.expected_delivery_date, p.sex, p.nhs_number, p.upn
			FROM person p WHERE p.family_name_key = ? AND (p.date_of_birth = ? OR p.expected_delivery_date = ?)
			UNION SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.expected_delivery_date, p.sex, p.nhs_number, p.upn
			FROM person p JOIN person_other_name o ON o.person_id = p.id WHERE o.family_name_key = ?
			AND (p.date_of_birth = ? OR p.expected_delivery_date = ?) ORDER BY given_name LIMIT 50""";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final Connection db;

	private ApiLoadBenchmark(String base, Connection db) {
		this.base = base;
		this.db = db;
	}

	public static void main(String[] args) throws Exception {
		String base = env("BENCH_URL", "http://127.0.0.1:8080");
		if (!URI.create(base).getHost().equals("127.0.0.1")) {
			throw new IllegalArgumentException("The load driver only drives a server on 127.0.0.1");
		}
		try (Connection db = DriverManager.getConnection(
				env("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/fullpicture_bench"), "postgres", "")) {
			new ApiLoadBenchmark(base, db).run(env("FULLPICTURE_DEMO_PASSWORD", "fullpicture-demo"));
		}
	}

	private void run(String password) throws Exception {
		if (env("BENCH_PARTS", "all").equals("pages")) {
			pages(password);
			return;
		}
		String mash = token("mash", password);
		UUID mashAgency = scalar("SELECT agency_id FROM practitioner WHERE username = 'mash'", UUID.class);
		UUID mashUser = scalar("SELECT id FROM practitioner WHERE username = 'mash'", UUID.class);
		UUID longest = scalar(
				"SELECT person_id FROM chronology_entry_child GROUP BY person_id ORDER BY COUNT(*) DESC " + "LIMIT 1",
				UUID.class);
		long entries = scalar("SELECT COUNT(*) FROM chronology_entry_child WHERE person_id = '" + longest + "'",
				Long.class);
		System.out.printf("Dataset: %,d people, %,d chronology entries; longest chronology %,d entries%n",
				scalar("SELECT COUNT(*) FROM person", Long.class),
				scalar("SELECT COUNT(*) FROM chronology_entry", Long.class), entries);

		long[] api = time(() -> get("/api/v1/people/" + longest + "/chronology?size=50&order=newest", mash));
		long[] sql = time(() -> chronologySql(longest, mashAgency));
		report("(a) GET /api/v1/people/{id}/chronology?size=50&order=newest, " + entries + "-entry child", api, sql);
		long[] everything = time(() -> {
			signInSql(mash);
			consume(prepare(PERSON, longest));
			auditSql(mashUser, longest);
			chronologySql(longest, mashAgency);
		});
		report("    the same, against every statement the request sends (sign-in, person, audit write and commit)", api,
				everything);
		long[] record = time(() -> get("/api/v1/people/" + longest, mash));
		report("    GET /api/v1/people/{id}", record, null);

		signInToPages("mash", password);
		long[] chronologyPage = time(() -> page("/children/" + longest + "/chronology"));
		report("(a) page GET /children/{id}/chronology (first page of 50, newest first, with the timeline), " + entries
				+ "-entry child", chronologyPage, sql);
		long[] recordPage = time(() -> page("/children/" + longest));
		report("    page GET /children/{id} (the child's record)", recordPage, null);

		List<Object[]> names = rows("SELECT family_name, date_of_birth FROM person WHERE date_of_birth IS NOT NULL "
				+ "ORDER BY random() LIMIT " + READS);
		int[] next = { 0 };
		long[] search = time(() -> {
			Object[] n = names.get(next[0]++ % names.size());
			get("/api/v1/people?familyName=" + n[0].toString().replace(" ", "%20").replace("'", "%27") + "&dateOfBirth="
					+ n[1], mash);
		});
		next[0] = 0;
		long[] searchSql = time(() -> {
			Object[] n = names.get(next[0]++ % names.size());
			searchSql(People.nameKey(n[0].toString()), LocalDate.parse(n[1].toString()));
		});
		report("(c) GET /api/v1/people?familyName=&dateOfBirth=", search, searchSql);
		next[0] = 0;
		long[] searchEverything = time(() -> {
			Object[] n = names.get(next[0]++ % names.size());
			signInSql(mash);
			searchSql(People.nameKey(n[0].toString()), LocalDate.parse(n[1].toString()));
		});
		report("    the same, against every statement the request sends (sign-in too)", search, searchEverything);

		// spread over many children, so that no one chronology grows much from a run
		List<UUID> children = rows(
				"SELECT id FROM person WHERE date_of_birth > CURRENT_DATE - 6570 ORDER BY random() " + "LIMIT 5000")
			.stream()
			.map(r -> (UUID) r[0])
			.toList();
		String police = token("police", password);
		ingest("(b) POST /api/v1/chronology, one entry per request", police, children, 1);
		ingest("(b) POST /api/v1/chronology/batch, " + BATCH_SIZE + " entries per request", police, children,
				BATCH_SIZE);
	}

	/**
	 * The child's two pages against every statement each sends, as captured from
	 * PostgreSQL's log (BENCH_CAPTURE=1, with the server's sessions logging every
	 * statement), then replayed over JDBC on one connection, one statement after another,
	 * with the same transactions.
	 */
	private void pages(String password) throws Exception {
		UUID longest = scalar(
				"SELECT person_id FROM chronology_entry_child GROUP BY person_id ORDER BY COUNT(*) DESC " + "LIMIT 1",
				UUID.class);
		long entries = scalar("SELECT COUNT(*) FROM chronology_entry_child WHERE person_id = '" + longest + "'",
				Long.class);
		System.out.printf("Dataset: %,d people, %,d chronology entries; longest chronology %,d entries; %d cores%n",
				scalar("SELECT COUNT(*) FROM person", Long.class),
				scalar("SELECT COUNT(*) FROM chronology_entry", Long.class), entries,
				Runtime.getRuntime().availableProcessors());
		signInToPages("mash", password);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("chronology", "/children/" + longest + "/chronology");
		pages.put("record", "/children/" + longest);
		for (var page : pages.entrySet()) {
			Path file = Path.of("target/bench/" + page.getKey() + "-page.statements");
			if (System.getenv("BENCH_CAPTURE") != null) {
				save(file, capture(() -> page(page.getValue())));
			}
			if (!Files.exists(file)) {
				throw new IllegalStateException("No captured statements in " + file + ": run once with BENCH_CAPTURE=1 "
						+ "against a server whose sessions log every statement (docs/benchmarks.md)");
			}
			List<Captured> statements = load(file);
			System.out.printf("%s page: %d statements captured in %s%n", page.getKey(), statements.size(), file);
			statements.forEach(s -> System.out
				.println("    " + (s.sql().length() > 110 ? s.sql().substring(0, 110) + "…" : s.sql())));
			if (System.getenv("BENCH_CAPTURE") != null) {
				continue;
			}
			// a server in service has rendered these pages many times: warm the page's
			// code up before timing it
			for (int i = 0; i < PAGE_WARM_UP; i++) {
				page(page.getValue());
				replay(statements);
			}
			long[] server = time(() -> page(page.getValue()));
			long[] sql = time(() -> replay(statements));
			report("(a) page GET " + page.getValue().replace(longest.toString(), "{id}") + ", " + entries
					+ "-entry child, against every statement it sends", server, sql);
		}
	}

	/**
	 * A statement as the server sent it: its text with $n placeholders, and its
	 * parameters as PostgreSQL logged them.
	 */
	private record Captured(String sql, List<String> params) {
	}

	private static final Pattern LOG_LINE = Pattern.compile(
			"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[.\\d]* \\w+ \\[(\\d+)\\] (\\S*) (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING):  (.*)$");

	private static final Pattern EXECUTE = Pattern.compile("duration: [\\d.]+ ms  (?:execute [^:]+|statement): (.*)",
			Pattern.DOTALL);

	/**
	 * Reads, from PostgreSQL's log, every statement the server's sessions execute during
	 * one call.
	 */
	private List<Captured> capture(Call call) throws Exception {
		Path log = Path.of(env("BENCH_PG_LOG", "/var/log/postgresql/postgresql-15-main.log"));
		for (int i = 0; i < 20; i++) {
			call.run();
		}
		Thread.sleep(200);
		long from = Files.size(log);
		call.run();
		Thread.sleep(500);
		byte[] bytes;
		try (var in = Files.newInputStream(log)) {
			in.skipNBytes(from);
			bytes = in.readAllBytes();
		}
		String database = "@" + db.getCatalog();
		// a message's first line carries the prefix; a statement over several lines
		// continues without one
		List<StringBuilder> messages = new ArrayList<>();
		StringBuilder current = null;
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
			Matcher m = LOG_LINE.matcher(line);
			if (m.matches()) {
				current = m.group(2).endsWith(database) ? new StringBuilder(m.group(3) + " " + m.group(4)) : null;
				if (current != null) {
					messages.add(current);
				}
			}
			else if (current != null) {
				current.append('\n').append(line);
			}
		}
		// with every statement logged, parse and bind have lines (and parameters) of
		// their own: keep the executions
		List<Captured> statements = new ArrayList<>();
		boolean afterExecute = false;
		for (StringBuilder text : messages) {
			String message = text.toString();
			Matcher execute = EXECUTE.matcher(message.substring(message.indexOf(' ') + 1));
			if (message.startsWith("LOG ")) {
				afterExecute = execute.matches();
				if (afterExecute) {
					statements.add(new Captured(execute.group(1).strip(), new ArrayList<>()));
				}
			}
			else if (message.startsWith("DETAIL parameters: ") && afterExecute) {
				statements.get(statements.size() - 1).params().addAll(parameters(message.substring(19)));
			}
			else if (message.startsWith("ERROR")) {
				throw new IllegalStateException("The server's statement failed: " + message);
			}
		}
		if (statements.isEmpty()) {
			throw new IllegalStateException("Nothing in " + log + " for " + database
					+ ": start the server with options=-c log_min_duration_statement=0 in its JDBC URL");
		}
		return statements;
	}

	/** "$1 = 'a', $2 = NULL, $3 = 'it''s'" as a list; null for NULL. */
	static List<String> parameters(String logged) {
		List<String> values = new ArrayList<>();
		int i = 0;
		while (i < logged.length()) {
			int eq = logged.indexOf(" = ", i);
			if (eq < 0) {
				break;
			}
			i = eq + 3;
			if (logged.startsWith("NULL", i)) {
				values.add(null);
				i += 4;
			}
			else {
				StringBuilder value = new StringBuilder();
				i++;
				while (true) {
					char c = logged.charAt(i++);
					if (c == '\'' && i < logged.length() && logged.charAt(i) == '\'') {
						value.append('\'');
						i++;
					}
					else if (c == '\'') {
						break;
					}
					else {
						value.append(c);
					}
				}
				values.add(value.toString());
			}
		}
		return values;
	}

	private static void save(Path file, List<Captured> statements) throws Exception {
		Files.createDirectories(file.getParent());
		List<String> lines = new ArrayList<>();
		for (Captured s : statements) {
			lines.add(s.sql().replaceAll("\\s+", " "));
			lines.add(s.params().stream().map(p -> p == null ? "\\N" : p).collect(Collectors.joining("\t")));
		}
		Files.write(file, lines);
	}

	private static List<Captured> load(Path file) throws Exception {
		List<String> lines = Files.readAllLines(file);
		List<Captured> statements = new ArrayList<>();
		for (int i = 0; i + 1 < lines.size(); i += 2) {
			List<String> params = lines.get(i + 1).isEmpty() ? List.of()
					: Arrays.stream(lines.get(i + 1).split("\t", -1)).map(p -> p.equals("\\N") ? null : p).toList();
			statements.add(new Captured(lines.get(i), params));
		}
		return statements;
	}

	/**
	 * Sends the captured statements as the server did: BEGIN and COMMIT become the same
	 * JDBC transaction calls, and an INSERT gets a new id (its first parameter), as every
	 * audit row does.
	 */
	private void replay(List<Captured> statements) throws SQLException {
		for (Captured s : statements) {
			if (s.sql().equals("BEGIN")) {
				db.setAutoCommit(false);
				continue;
			}
			if (s.sql().equals("COMMIT")) {
				db.commit();
				db.setAutoCommit(true);
				continue;
			}
			try (PreparedStatement ps = db.prepareStatement(s.sql().replaceAll("\\$\\d+", "?"))) {
				for (int i = 0; i < s.params().size(); i++) {
					String value = i == 0 && s.sql().startsWith("INSERT") ? UUID.randomUUID().toString()
							: s.params().get(i);
					ps.setObject(i + 1, value, Types.OTHER);
				}
				if (ps.execute()) {
					try (ResultSet rs = ps.getResultSet()) {
						int columns = rs.getMetaData().getColumnCount();
						while (rs.next()) {
							for (int c = 1; c <= columns; c++) {
								rs.getObject(c);
							}
						}
					}
				}
			}
		}
	}

	private interface Call {

		void run() throws Exception;

	}

	/** Milliseconds for each of READS calls, after WARM_UP calls that are not counted. */
	private static long[] time(Call call) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			call.run();
		}
		long[] micros = new long[READS];
		for (int i = 0; i < READS; i++) {
			long start = System.nanoTime();
			call.run();
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		Arrays.sort(micros);
		return micros;
	}

	private static void report(String what, long[] api, long[] sql) {
		System.out.printf(Locale.UK, "%s%n    %s p50 %.1f ms, p95 %.1f ms", what,
				what.contains(" page ") ? "server" : "API", p(api, 50), p(api, 95));
		if (sql != null) {
			System.out.printf(Locale.UK, "; same SQL over JDBC p50 %.1f ms, p95 %.1f ms; ratio p50 %.2f, p95 %.2f",
					p(sql, 50), p(sql, 95), p(api, 50) / p(sql, 50), p(api, 95) / p(sql, 95));
		}
		System.out.println();
	}

	private static double p(long[] sortedMicros, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
		return sortedMicros[Math.max(index, 0)] / 1000.0;
	}

	/**
	 * The four statements the chronology service sends for one page, for a MASH viewer
	 * and no filter.
	 */
	private void chronologySql(UUID child, UUID viewerAgency) throws SQLException {
		consume(prepare("SELECT COUNT(*) FROM chronology_entry e" + CHRONOLOGY_WHERE, child, viewerAgency, true));
		List<UUID> ids = new ArrayList<>();
		try (PreparedStatement ps = prepare(CHRONOLOGY_PAGE, child, viewerAgency, true);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getObject("id", UUID.class));
				rs.getString("text");
			}
		}
		String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
		consume(prepare("SELECT entry_id, person_id FROM chronology_entry_child WHERE entry_id IN (" + in + ")"));
		consume(prepare(
				"SELECT entry_id, code FROM chronology_entry_factor WHERE entry_id IN (" + in + ") ORDER BY code"));
	}

	/** What the bearer token filter sends: the token, the practitioner, their roles. */
	private void signInSql(String bearer) throws SQLException {
		String hash = DigestUtils.sha256Hex(bearer.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8));
		UUID practitioner;
		try (PreparedStatement ps = prepare(
				"SELECT practitioner_id FROM api_token WHERE token_hash = ? AND expires_at > ?", hash,
				OffsetDateTime.now()); ResultSet rs = ps.executeQuery()) {
			rs.next();
			practitioner = rs.getObject(1, UUID.class);
		}
		consume(prepare("SELECT * FROM practitioner WHERE id = ?", practitioner));
		consume(prepare("SELECT role FROM practitioner_role WHERE practitioner_id = ?", practitioner));
	}

	/**
	 * The audit row every view of a chronology writes, committed on its own as the
	 * application does.
	 */
	private void auditSql(UUID practitioner, UUID child) throws SQLException {
		try (PreparedStatement ps = prepare("""
				INSERT INTO audit_event (id, at, practitioner_id, action, person_id, grounds, reason, channel)
				VALUES (?, ?, ?, 'VIEWED_CHRONOLOGY', ?, 'ROLE', NULL, 'API')""", UUID.randomUUID(),
				OffsetDateTime.now(), practitioner, child)) {
			ps.executeUpdate();
		}
	}

	private void searchSql(String key, LocalDate born) throws SQLException {
		consume(prepare(SEARCH, key, born, born, key, born, born));
	}

	private PreparedStatement prepare(String sql, Object... params) throws SQLException {
		PreparedStatement ps = db.prepareStatement(sql);
		for (int i = 0; i < params.length; i++) {
			ps.setObject(i + 1, params[i]);
		}
		return ps;
	}

	private static void consume(PreparedStatement ps) throws SQLException {
		try (ps; ResultSet rs = ps.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					rs.getObject(i);
				}
			}
		}
	}

	/**
	 * Sustained entries per second from INGEST_THREADS senders for INGEST_FOR, each entry
	 * with its own key.
	 */
	private void ingest(String what, String bearer, List<UUID> children, int perRequest) throws Exception {
		AtomicLong stored = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		Instant end = Instant.now().plus(INGEST_FOR);
		long start = System.nanoTime();
		ExecutorService senders = Executors.newFixedThreadPool(INGEST_THREADS);
		for (int t = 0; t < INGEST_THREADS; t++) {
			senders.submit(() -> {
				while (Instant.now().isBefore(end)) {
					String body = perRequest == 1 ? entry(children) : batch(children, perRequest);
					HttpRequest.Builder request = HttpRequest
						.newBuilder(URI.create(base + "/api/v1/chronology" + (perRequest == 1 ? "" : "/batch")))
						.header("Authorization", bearer)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body));
					if (perRequest == 1) {
						request.header("Idempotency-Key", UUID.randomUUID().toString());
					}
					HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
					int ok = perRequest == 1 ? (response.statusCode() == 201 ? 1 : 0)
							: response.statusCode() == 200 ? count(response.body(), "\"status\":201") : 0;
					stored.addAndGet(ok);
					failed.addAndGet(perRequest - ok);
				}
				return null;
			});
		}
		senders.shutdown();
		senders.awaitTermination(INGEST_FOR.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.UK, "%s, %d threads for %.0f s%n    %,d entries stored (%,d not), %,.0f entries/s%n",
				what, INGEST_THREADS, seconds, stored.get(), failed.get(), stored.get() / seconds);
	}

	private static String entry(List<UUID> children) {
		UUID child = children.get(ThreadLocalRandom.current().nextInt(children.size()));
		return "{\"childIds\":[\"" + child + "\"],\"type\":\"CONCERN\",\"occurredAt\":\""
				+ Instant.now().minusSeconds(3600)
				+ "\",\"text\":\"Benchmark entry: seen at the bus station after midnight, said 'I'm waiting for a "
				+ "friend'.\",\"factors\":[\"10A\"]}";
	}

	private static String batch(List<UUID> children, int size) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < size; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"idempotencyKey\":\"")
				.append(UUID.randomUUID())
				.append("\",\"entry\":")
				.append(entry(children))
				.append('}');
		}
		return json.append(']').toString();
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	private void get(String path, String bearer) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", bearer).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	private final HttpClient pages = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new java.net.CookieManager())
		.build();

	/**
	 * Signs in through the sign-in page as a browser does, so that page requests carry a
	 * session.
	 */
	private void signInToPages(String username, String password) throws Exception {
		String form = pages
			.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "username=" + username + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> response = pages.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in to the pages as " + username);
		}
	}

	private void page(String path) throws Exception {
		HttpResponse<String> response = pages.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + response.statusCode());
		}
		return "Bearer " + response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private <T> T scalar(String sql, Class<T> type) throws SQLException {
		try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getObject(1, type);
		}
	}

	private List<Object[]> rows(String sql) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rs.getObject(i + 1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
