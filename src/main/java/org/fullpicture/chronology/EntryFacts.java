package org.fullpicture.chronology;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

	private static final String SELECT = """
			SELECT c.person_id, e.id, e.type, e.agency_id, e.occurred_at, f.code
			FROM chronology_entry_child c
			JOIN chronology_entry e ON e.id = c.entry_id
			LEFT JOIN chronology_entry_factor f ON f.entry_id = e.id
			WHERE c.person_id IN (:people) AND c.occurred_at >= :since
			AND NOT EXISTS (SELECT 1 FROM chronology_entry n WHERE n.supersedes_id = e.id)
			""";

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
		Set<UUID> records = new java.util.HashSet<>();
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
		return db.sql("""
				SELECT DISTINCT c.person_id FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
				WHERE e.type IN (:types) AND e.occurred_at >= :since""")
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
		Map<UUID, Map<UUID, Fact>> seen = new HashMap<>();
		db.sql(SELECT).param("people", List.copyOf(people)).param("since", utc(since)).query(rs -> {
			UUID person = rs.getObject("person_id", UUID.class);
			UUID id = rs.getObject("id", UUID.class);
			String code = rs.getString("code");
			Fact fact = seen.computeIfAbsent(person, p -> new HashMap<>()).get(id);
			if (fact == null) {
				fact = new Fact(id, EntryType.valueOf(rs.getString("type")), rs.getObject("agency_id", UUID.class),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), new java.util.HashSet<>());
				seen.get(person).put(id, fact);
				byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(fact);
			}
			if (code != null) {
				fact.factors().add(code);
			}
		});
		return byPerson;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
