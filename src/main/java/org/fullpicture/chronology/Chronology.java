package org.fullpicture.chronology;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.recording.PlainLanguageCheck;
import org.fullpicture.recording.TextContext;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.JdbcBatch;
import org.fullpicture.shared.MaxLength;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records entries in children's chronologies and amends them; reading them is
 * {@link ChronologyReader}'s.
 */
@Service
public class Chronology {

	/**
	 * A child's row of an entry, with what rules read of the entry copied to it: also for
	 * the demo loader, which writes the tables directly.
	 */
	public static final String CHILD_ROW = """
			INSERT INTO chronology_entry_child (entry_id, person_id, occurred_at, type, agency_id, factors, supersedes_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)""";

	public static final int MAX_TEXT = 20_000;

	public static final int MAX_BATCH = 500;

	/**
	 * The entry, whether it was already stored under the same idempotency key, and the
	 * plain-language findings.
	 */
	public record Recorded(Entry entry, boolean replayed, List<Finding> findings) {
	}

	/** One entry of a batch, with the key that makes sending it again safe. */
	public record KeyedEntry(String idempotencyKey, NewEntry entry) {

		public KeyedEntry {
			entry = entry == null ? new NewEntry(null, null, null, null, null, null, null) : entry;
		}

	}

	public enum Outcome {

		RECORDED, REPLAYED, INVALID, CONFLICT

	}

	/**
	 * What became of one entry of a batch: the stored entry, or the problems that stopped
	 * it.
	 */
	public record BatchResult(String idempotencyKey, Outcome outcome, UUID entryId, List<FieldProblem> problems,
			Entry entry, List<Finding> findings) {
	}

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FindingsLog findingsLog;

	private final PlainLanguageCheck plainLanguage;

	private final ChronologyReader reader;

	Chronology(JdbcClient db, JdbcTemplate jdbc, People people, ChronologyReader reader,
			ApplicationEventPublisher events, Clock clock, FindingsLog findingsLog, PlainLanguageCheck plainLanguage) {
		this.reader = reader;
		this.findingsLog = findingsLog;
		this.plainLanguage = plainLanguage;
		this.db = db;
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Recorded record(NewEntry input, Practitioner recorder, String idempotencyKey) {
		BatchResult result = recordAll(List.of(new KeyedEntry(idempotencyKey, input)), recorder).get(0);
		return switch (result.outcome()) {
			case RECORDED, REPLAYED ->
				new Recorded(result.entry(), result.outcome() == Outcome.REPLAYED, result.findings());
			case CONFLICT -> throw new Conflict("Idempotency-Key", result.problems().get(0).message());
			case INVALID -> throw new InvalidInput(result.problems());
		};
	}

	/**
	 * Records many entries at once, each on its own terms: one refused entry does not
	 * stop the others, and an entry sent again under the same key is answered with the
	 * one already stored.
	 */
	@Transactional
	public List<BatchResult> recordAll(List<KeyedEntry> batch, Practitioner recorder) {
		if (batch.size() > MAX_BATCH) {
			throw new InvalidInput("entries", "Send at most " + MAX_BATCH + " entries at once");
		}
		Set<UUID> known = recordedChildren(batch);
		Map<String, Stored> stored = storedUnderKeys(batch, recorder);
		List<BatchResult> results = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (KeyedEntry item : batch) {
			String key = item.idempotencyKey();
			List<FieldProblem> problems = problemsWith(item.entry(), known);
			if (key != null && (key.isBlank() || key.length() > 200)) {
				problems.add(new FieldProblem("Idempotency-Key", "The idempotency key must be 1 to 200 characters"));
			}
			// a list holding a null cannot be hashed, and is refused anyway
			String hash = problems.isEmpty() ? requestHash(item.entry()) : null;
			Stored earlier = key == null ? null : stored.get(key);
			if (!problems.isEmpty()) {
				results.add(new BatchResult(key, Outcome.INVALID, null, problems, null, List.of()));
			}
			else if (earlier != null && !earlier.hash().equals(hash)) {
				results.add(new BatchResult(key, Outcome.CONFLICT, null, List.of(new FieldProblem("Idempotency-Key",
						"This idempotency key was already used for a different entry; use a new key for a new entry")),
						null, List.of()));
			}
			else if (earlier != null) {
				results.add(new BatchResult(key, Outcome.REPLAYED, earlier.id(), List.of(), null,
						plainLanguage.check(item.entry().text(), contextOf(item.entry().type()))));
			}
			else {
				List<Finding> findings;
				try {
					findings = findingsLog.checkOnSave(item.entry().text(), contextOf(item.entry().type()),
							recorder.agencyId(), "text");
				}
				catch (InvalidInput blocked) {
					results.add(new BatchResult(key, Outcome.INVALID, null, blocked.problems(), null, List.of()));
					continue;
				}
				Row row = new Row(UUID.randomUUID(), item.entry(), null, null, key, hash);
				rows.add(row);
				if (key != null) {
					stored.put(key, new Stored(row.id(), hash));
				}
				results.add(new BatchResult(key, Outcome.RECORDED, row.id(), List.of(), null, findings));
			}
		}
		insert(rows, recorder);
		Map<UUID, Entry> entries = new HashMap<>();
		List<UUID> ids = results.stream().map(BatchResult::entryId).filter(Objects::nonNull).distinct().toList();
		if (!ids.isEmpty()) {
			reader.entriesInOrder(ids).forEach(e -> entries.put(e.id(), e));
		}
		return results.stream()
			.map(r -> new BatchResult(r.idempotencyKey(), r.outcome(), r.entryId(), r.problems(),
					entries.get(r.entryId()), r.findings()))
			.toList();
	}

	public static TextContext contextOf(EntryType type) {
		return switch (type) {
			case MEETING -> TextContext.MEETING_NOTES;
			case ASSESSMENT -> TextContext.ASSESSMENT;
			case PLAN -> TextContext.PLAN;
			case CONTACT, CHALLENGE -> TextContext.CONTACT;
			case DECISION -> TextContext.DECISION;
			default -> TextContext.ENTRY;
		};
	}

	private Set<UUID> recordedChildren(List<KeyedEntry> batch) {
		List<UUID> children = batch.stream()
			.flatMap(k -> k.entry().childIds().stream())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return people.findAll(children).stream().map(Person::id).collect(Collectors.toSet());
	}

	private record Stored(UUID id, String hash) {
	}

	/** The entries this recorder already stored under any of the batch's keys. */
	private Map<String, Stored> storedUnderKeys(List<KeyedEntry> batch, Practitioner recorder) {
		List<String> keys = batch.stream().map(KeyedEntry::idempotencyKey).filter(Objects::nonNull).distinct().toList();
		Map<String, Stored> stored = new HashMap<>();
		if (!keys.isEmpty()) {
			db.sql("SELECT id, idempotency_key, request_hash FROM chronology_entry WHERE recorder_id = :recorder "
					+ "AND idempotency_key IN (:keys)")
				.param("recorder", recorder.id())
				.param("keys", keys)
				.query((rs, row) -> stored.put(rs.getString("idempotency_key"),
						new Stored(rs.getObject("id", UUID.class), rs.getString("request_hash"))))
				.list();
		}
		return stored;
	}

	@Transactional
	public Recorded amend(UUID entryId, Amendment amendment, Practitioner recorder) {
		Entry original = reader.get(entryId);
		if (!original.agencyId().equals(recorder.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the agency that recorded an entry can amend it");
		}
		if (original.isSuperseded()) {
			throw new Conflict("entryId", "This entry has already been amended: amend the latest version");
		}
		NewEntry corrected = new NewEntry(original.childIds(),
				amendment.type() == null ? original.type() : amendment.type(),
				amendment.occurredAt() == null ? original.occurredAt() : amendment.occurredAt(),
				amendment.text() == null ? original.text() : amendment.text(),
				amendment.factors() == null ? original.factors() : amendment.factors(), original.source(),
				original.sensitivity());
		List<FieldProblem> problems = problemsWith(corrected, Set.copyOf(original.childIds()));
		if (amendment.reason() == null || amendment.reason().isBlank()) {
			problems.add(new FieldProblem("reason", "Enter why the entry is being amended"));
		}
		else {
			MaxLength.problem("reason", amendment.reason(), 1000, "The reason").ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<Finding> findings = findingsLog.checkOnSave(corrected.text(), contextOf(corrected.type()),
				recorder.agencyId(), "text");
		Row row = new Row(UUID.randomUUID(), corrected, entryId, amendment.reason().strip(), null, null);
		insert(List.of(row), recorder);
		return new Recorded(reader.get(row.id()), false, findings);
	}

	/** One entry to store: a new one, or an amendment superseding another. */
	private record Row(UUID id, NewEntry input, UUID supersedes, String reason, String key, String hash) {
	}

	/**
	 * Stores the rows in JDBC batches and tells the other modules; writing about a child
	 * gives no grounds to read.
	 */
	private void insert(List<Row> rows, Practitioner recorder) {
		if (rows.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> children = new ArrayList<>();
		List<Object[]> factors = new ArrayList<>();
		for (Row row : rows) {
			NewEntry input = row.input();
			OffsetDateTime occurred = OffsetDateTime.ofInstant(input.occurredAt(), ZoneOffset.UTC);
			entries.add(new Object[] { row.id(), input.type().name(), occurred, now, recorder.id(), recorder.agencyId(),
					input.text(), source(input).name(), sensitivity(input).name(), row.supersedes(), row.reason(),
					row.key(), row.hash() });
			List<String> codes = normalisedFactors(input.factors());
			input.childIds()
				.stream()
				.distinct()
				.forEach(child -> children.add(new Object[] { row.id(), child, occurred, input.type().name(),
						recorder.agencyId(), Factors.asColumn(codes), row.supersedes() }));
			codes.forEach(code -> factors.add(new Object[] { row.id(), code }));
		}
		batch("""
				INSERT INTO chronology_entry (id, type, occurred_at, recorded_at, recorder_id, agency_id, text, source,
				    sensitivity, supersedes_id, amendment_reason, idempotency_key, request_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
		batch(CHILD_ROW, children);
		batch("INSERT INTO chronology_entry_factor (entry_id, code) VALUES (?, ?)", factors);
		for (Row row : rows) {
			events.publishEvent(new ChronologyEntryRecorded(row.id(), row.input().childIds(), row.input().type(),
					recorder.agencyId(), row.input().occurredAt(), now.toInstant(), row.supersedes()));
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		JdbcBatch.insert(jdbc, sql, rows, rows.size());
	}

	List<FieldProblem> problemsWith(NewEntry input, Set<UUID> recordedChildren) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.childIds().isEmpty()) {
			problems.add(new FieldProblem("childIds", "Choose at least one child the entry is about"));
		}
		else if (input.childIds().size() > 20) {
			problems.add(new FieldProblem("childIds", "An entry can be about at most 20 children"));
		}
		else if (input.childIds().stream().anyMatch(Objects::isNull)) {
			for (int i = 0; i < input.childIds().size(); i++) {
				if (input.childIds().get(i) == null) {
					problems.add(new FieldProblem("childIds[" + i + "]", "Choose a child"));
				}
			}
		}
		else {
			if (!recordedChildren.containsAll(input.childIds())) {
				problems.add(new FieldProblem("childIds", "Every child the entry is about must already be recorded"));
			}
		}
		if (input.type() == null) {
			problems.add(new FieldProblem("type", "Choose what kind of entry this is"));
		}
		if (input.occurredAt() == null) {
			problems.add(new FieldProblem("occurredAt", "Enter when it happened"));
		}
		else if (input.occurredAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
			problems.add(new FieldProblem("occurredAt", "When it happened must be now or in the past"));
		}
		else if (input.occurredAt().isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
			problems.add(new FieldProblem("occurredAt", "When it happened must be after 1 January 1900"));
		}
		if (input.text() == null || input.text().isBlank()) {
			problems.add(new FieldProblem("text", "Describe what happened or what you know, in your own words"));
		}
		else if (input.text().length() > MAX_TEXT) {
			problems.add(new FieldProblem("text", "The description must be " + String.format(Locale.UK, "%,d", MAX_TEXT)
					+ " characters or fewer; it has " + String.format(Locale.UK, "%,d", input.text().length())));
		}
		for (int i = 0; i < input.factors().size(); i++) {
			String code = input.factors().get(i);
			if (code == null) {
				problems.add(new FieldProblem("factors[" + i + "]", "Give a Children in Need census factor code"));
			}
			else if (!Factors.isValid(code)) {
				problems
					.add(new FieldProblem("factors", "'" + code + "' is not a Children in Need census factor code"));
			}
		}
		return problems;
	}

	private static List<String> normalisedFactors(List<String> factors) {
		return factors.stream().map(f -> f.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
	}

	private static Source source(NewEntry input) {
		return input.source() == null ? Source.PROFESSIONAL : input.source();
	}

	private static Sensitivity sensitivity(NewEntry input) {
		return input.sensitivity() == null ? Sensitivity.NORMAL : input.sensitivity();
	}

	/**
	 * Same children, type, time, words, factors, source and sensitivity give the same
	 * hash.
	 */
	static String requestHash(NewEntry input) {
		String canonical = String.join("\u0000",
				input.childIds().stream().distinct().sorted().map(UUID::toString).toList().toString(),
				String.valueOf(input.type()), String.valueOf(input.occurredAt()), input.text(),
				normalisedFactors(input.factors()).toString(), source(input).name(), sensitivity(input).name());
		return DigestUtils.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
	}

}
