package org.fullpicture.chronology;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.linkage.Identities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What rules need to know of a chronology without its words: which entries, of what kind,
 * from which agency, when, with which factor codes. Superseded entries are left out:
 * their amendment stands in their place.
 */
@Service
public class EntryFacts {

	/** One entry as a fact: no text, so reading thousands of them is cheap. */
	public record Fact(UUID entryId, EntryType type, UUID agencyId, Instant occurredAt, Set<String> factors) {
	}

	// from the child's rows alone, where what rules read of an entry is copied (V083)
	private static final String SELECT = """
			SELECT person_id, entry_id, type, agency_id, occurred_at, factors FROM chronology_entry_child
			WHERE person_id IN (:people) AND occurred_at >= :since""";

	private static final String AMENDED = """
			SELECT supersedes_id FROM chronology_entry_child
			WHERE person_id IN (:people) AND supersedes_id IS NOT NULL""";

	private final JdbcClient db;

	private final Identities identities;

	EntryFacts(JdbcClient db, Identities identities) {
		this.db = db;
		this.identities = identities;
	}

	/**
	 * The facts about these people (each with every record merged into it) that happened
	 * since then, oldest first.
	 */
	public List<Fact> about(Collection<UUID> personIds, Instant since) {
		Set<UUID> records = new HashSet<>();
		personIds.forEach(id -> records.addAll(identities.sameAs(id)));
		Map<UUID, List<Fact>> byPerson = read(records, since);
		Map<UUID, Fact> distinct = new java.util.LinkedHashMap<>();
		byPerson.values().forEach(facts -> facts.forEach(f -> distinct.putIfAbsent(f.entryId(), f)));
		List<Fact> facts = new ArrayList<>(distinct.values());
		facts.sort(java.util.Comparator.comparing(Fact::occurredAt).thenComparing(Fact::entryId));
		return facts;
	}

	/**
	 * Facts for many people at once, keyed by the person as recorded (merges not
	 * followed): for evaluating in bulk.
	 */
	public Map<UUID, List<Fact>> aboutEach(Collection<UUID> personIds, Instant since) {
		Map<UUID, List<Fact>> byPerson = read(personIds, since);
		byPerson.values()
			.forEach(list -> list.sort(java.util.Comparator.comparing(Fact::occurredAt).thenComparing(Fact::entryId)));
		return byPerson;
	}

	/**
	 * The people with an entry of one of these types since then: where clock rules have
	 * something to look at.
	 */
	public List<UUID> peopleWith(Collection<EntryType> types, Instant since) {
		return db
			.sql("""
					SELECT DISTINCT person_id FROM chronology_entry_child WHERE type IN (:types) AND occurred_at >= :since""")
			.param("types", types.stream().map(EntryType::name).toList())
			.param("since", utc(since))
			.query(UUID.class)
			.list();
	}

	/**
	 * Everyone with any entry since then, in pages of person ids after {@code after}
	 * (null for the first page).
	 */
	public List<UUID> peopleRecordedSince(Instant since, UUID after, int limit) {
		return db
			.sql("SELECT DISTINCT person_id FROM chronology_entry_child WHERE occurred_at >= :since"
					+ (after == null ? "" : " AND person_id > :after") + " ORDER BY person_id LIMIT :limit")
			.param("since", utc(since))
			.param("after", after)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	private Map<UUID, List<Fact>> read(Collection<UUID> people, Instant since) {
		Map<UUID, List<Fact>> byPerson = new HashMap<>();
		if (people.isEmpty()) {
			return byPerson;
		}
		List<UUID> ids = List.copyOf(people);
		// an amendment is about the same children as the entry it replaces, so the
		// children's own rows say which entries were replaced, whenever they happened
		Set<UUID> amended = new HashSet<>(db.sql(AMENDED).param("people", ids).query(UUID.class).list());
		db.sql(SELECT).param("people", ids).param("since", utc(since)).query(rs -> {
			UUID id = rs.getObject("entry_id", UUID.class);
			if (!amended.contains(id)) {
				byPerson.computeIfAbsent(rs.getObject("person_id", UUID.class), p -> new ArrayList<>())
					.add(new Fact(id, EntryType.valueOf(rs.getString("type")), rs.getObject("agency_id", UUID.class),
							rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
							Factors.fromColumn(rs.getString("factors"))));
			}
		});
		return byPerson;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
