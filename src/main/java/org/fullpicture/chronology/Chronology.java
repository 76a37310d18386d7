package org.fullpicture.chronology;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.linkage.Identities;
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
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Chronology {

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

	private static final String SELECT = """
			SELECT e.*, p.display_name AS recorder_name, a.name AS agency_name,
			       (SELECT MIN(CAST(n.id AS VARCHAR(36))) FROM chronology_entry n WHERE n.supersedes_id = e.id) AS superseded_by
			FROM chronology_entry e
			JOIN practitioner p ON p.id = e.recorder_id JOIN agency a ON a.id = e.agency_id
			""";

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	private final People people;

	private final AccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FindingsLog findingsLog;

	private final PlainLanguageCheck plainLanguage;

	private final Identities identities;

	Chronology(JdbcClient db, JdbcTemplate jdbc, People people, AccessPolicy policy, ApplicationEventPublisher events,
			Clock clock, FindingsLog findingsLog, PlainLanguageCheck plainLanguage, Identities identities) {
		this.identities = identities;
		this.findingsLog = findingsLog;
		this.plainLanguage = plainLanguage;
		this.db = db;
		this.jdbc = jdbc;
		this.people = people;
		this.policy = policy;
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
			withDetails(db.sql(SELECT + " WHERE e.id IN (:ids)").param("ids", ids).query(Chronology::entry).list())
				.forEach(e -> entries.put(e.id(), e));
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
		Entry original = get(entryId);
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
		return new Recorded(get(row.id()), false, findings);
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
			input.childIds()
				.stream()
				.distinct()
				.forEach(child -> children.add(new Object[] { row.id(), child, occurred }));
			normalisedFactors(input.factors()).forEach(code -> factors.add(new Object[] { row.id(), code }));
		}
		batch("""
				INSERT INTO chronology_entry (id, type, occurred_at, recorded_at, recorder_id, agency_id, text, source,
				    sensitivity, supersedes_id, amendment_reason, idempotency_key, request_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
		batch("INSERT INTO chronology_entry_child (entry_id, person_id, occurred_at) VALUES (?, ?, ?)", children);
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

	public Optional<Entry> find(UUID id) {
		List<Entry> found = withDetails(db.sql(SELECT + " WHERE e.id = ?").param(id).query(Chronology::entry).list());
		return found.stream().findFirst();
	}

	public Entry get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Chronology entry " + id));
	}

	/**
	 * Whether the viewer may see this entry at all (restricted entries are for their
	 * agency and the MASH).
	 */
	public boolean isVisibleTo(Entry entry, Practitioner viewer) {
		return entry.sensitivity() == Sensitivity.NORMAL || policy.canSeeRestricted(viewer, entry.agencyId());
	}

	/**
	 * The entries about any of these children that the viewer may see, one page at a
	 * time. Decide whether the viewer may see the children's records at all before
	 * calling this.
	 */
	public PageOf<Entry> of(Collection<UUID> childIds, ChronologyFilter filter, Practitioner viewer, int page,
			int size) {
		if (!filter.problems().isEmpty()) {
			throw new InvalidInput(filter.problems());
		}
		Map<String, Object> params = new HashMap<>();
		String where = visibleWhere(childIds, filter, viewer, params);
		params.put("limit", size);
		params.put("offset", (long) (page - 1) * size);
		// the page's ids and the count in one statement; the entries' columns are read
		// for the page only
		List<UUID> ids = new ArrayList<>();
		long[] total = { 0 };
		db.sql("SELECT e.id, COUNT(*) OVER () AS total FROM chronology_entry e" + where + order(filter)
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(rs -> {
				ids.add(rs.getObject("id", UUID.class));
				total[0] = rs.getLong("total");
			});
		if (ids.isEmpty() && page > 1) {
			// past the last page the window has no row to count on
			total[0] = db.sql("SELECT COUNT(*) FROM chronology_entry e" + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new PageOf<>(entriesInOrder(ids), page, size, total[0]);
	}

	/**
	 * When and what kind: enough to draw the shape of a chronology (clusters, gaps)
	 * without reading its words.
	 */
	public record Occurrence(Instant occurredAt, EntryType type) {
	}

	/**
	 * A page of entries, and every entry under the same filter as when and what kind,
	 * oldest first.
	 */
	public record PageWithShape(PageOf<Entry> page, List<Occurrence> occurrences) {
	}

	/**
	 * {@link #of} and the shape of the whole chronology together, from one reading of the
	 * visible entries: their order, count and shape come from it, and only the page's
	 * entries are read in full.
	 */
	public PageWithShape withShape(Collection<UUID> childIds, ChronologyFilter filter, Practitioner viewer, int page,
			int size) {
		if (!filter.problems().isEmpty()) {
			throw new InvalidInput(filter.problems());
		}
		Map<String, Object> params = new HashMap<>();
		String where = visibleWhere(childIds, filter, viewer, params);
		List<UUID> ids = new ArrayList<>();
		List<Occurrence> occurrences = new ArrayList<>();
		db.sql("SELECT e.id, e.occurred_at, e.type FROM chronology_entry e" + where + order(filter))
			.params(params)
			.query(rs -> {
				ids.add(rs.getObject("id", UUID.class));
				occurrences.add(new Occurrence(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						EntryType.valueOf(rs.getString("type"))));
			});
		if (!filter.oldestFirst()) {
			java.util.Collections.reverse(occurrences);
		}
		int from = (int) Math.min(ids.size(), (long) (page - 1) * size);
		int to = Math.min(ids.size(), from + size);
		return new PageWithShape(new PageOf<>(entriesInOrder(ids.subList(from, to)), page, size, ids.size()),
				List.copyOf(occurrences));
	}

	private static String order(ChronologyFilter filter) {
		return filter.oldestFirst() ? " ORDER BY e.occurred_at ASC, e.recorded_at ASC, e.id"
				: " ORDER BY e.occurred_at DESC, e.recorded_at DESC, e.id";
	}

	/** The entries with these ids, in the order of the ids. */
	private List<Entry> entriesInOrder(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Entry> byId = new HashMap<>();
		withDetails(db.sql(SELECT + " WHERE e.id IN (:ids)").param("ids", ids).query(Chronology::entry).list())
			.forEach(e -> byId.put(e.id(), e));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private String visibleWhere(Collection<UUID> childIds, ChronologyFilter filter, Practitioner viewer,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				" WHERE e.id IN (SELECT c.entry_id FROM chronology_entry_child c WHERE c.person_id IN (:children))"
						+ " AND (e.sensitivity = 'NORMAL' OR e.agency_id = :viewerAgency OR :mash = TRUE)");
		// a merged child's entries follow them: every record of the same person counts
		params.put("children",
				identities.sameAsEach(identities.rootsOf(childIds).values())
					.values()
					.stream()
					.flatMap(Set::stream)
					.distinct()
					.toList());
		params.put("viewerAgency", viewer.agencyId());
		params.put("mash", policy.canSeeRestrictedOfEveryAgency(viewer));
		if (filter.agencyId() != null) {
			where.append(" AND e.agency_id = :agency");
			params.put("agency", filter.agencyId());
		}
		if (filter.type() != null) {
			where.append(" AND e.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.from() != null) {
			where.append(" AND e.occurred_at >= :from");
			params.put("from", startOfDay(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND e.occurred_at < :to");
			params.put("to", startOfDay(filter.to().plusDays(1)));
		}
		return where.toString();
	}

	private static OffsetDateTime startOfDay(LocalDate day) {
		return day.atStartOfDay(UkTime.ZONE).toOffsetDateTime();
	}

	private List<Entry> withDetails(List<Entry> entries) {
		if (entries.isEmpty()) {
			return entries;
		}
		List<UUID> ids = entries.stream().map(Entry::id).toList();
		Map<UUID, List<UUID>> children = new HashMap<>();
		Map<UUID, List<String>> factors = new HashMap<>();
		// the children and the factor codes in one round trip
		db.sql("""
				SELECT entry_id, 'C' AS kind, CAST(person_id AS VARCHAR(36)) AS item FROM chronology_entry_child
				WHERE entry_id IN (:ids)
				UNION ALL SELECT entry_id, 'F', code FROM chronology_entry_factor WHERE entry_id IN (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				UUID entry = rs.getObject("entry_id", UUID.class);
				String item = rs.getString("item");
				if (rs.getString("kind").equals("C")) {
					children.computeIfAbsent(entry, k -> new ArrayList<>()).add(UUID.fromString(item));
				}
				else {
					factors.computeIfAbsent(entry, k -> new ArrayList<>()).add(item);
				}
			});
		factors.values().forEach(java.util.Collections::sort);
		return entries.stream()
			.map(e -> new Entry(e.id(), children.getOrDefault(e.id(), List.of()), e.type(), e.occurredAt(),
					e.recordedAt(), e.recorderId(), e.recorderName(), e.agencyId(), e.agencyName(), e.text(),
					factors.getOrDefault(e.id(), List.of()), e.source(), e.sensitivity(), e.supersedesId(),
					e.amendmentReason(), e.supersededById()))
			.toList();
	}

	static Entry entry(ResultSet rs, int row) throws SQLException {
		String supersededBy = rs.getString("superseded_by");
		return new Entry(rs.getObject("id", UUID.class), List.of(), EntryType.valueOf(rs.getString("type")),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("recorder_id", UUID.class),
				rs.getString("recorder_name"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
				rs.getString("text"), List.of(), Source.valueOf(rs.getString("source")),
				Sensitivity.valueOf(rs.getString("sensitivity")), rs.getObject("supersedes_id", UUID.class),
				rs.getString("amendment_reason"), supersededBy == null ? null : UUID.fromString(supersededBy));
	}

}
