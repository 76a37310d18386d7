package org.fullpicture.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.linkage.Identities;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's family network: the relationships recorded between people and the households
 * their current addresses make, read across merged records.
 */
@Service
public class FamilyNetwork {

	private final JdbcClient db;

	private final People people;

	private final Identities identities;

	private final Clock clock;

	FamilyNetwork(JdbcClient db, People people, Identities identities, Clock clock) {
		this.db = db;
		this.people = people;
		this.identities = identities;
		this.clock = clock;
	}

	/**
	 * Records that {@code from} is the {@code type} of {@code to} (for example, the
	 * parent of the child).
	 */
	@Transactional
	public UUID relate(UUID from, UUID to, RelationshipType type, UUID recordedBy) {
		if (type == null) {
			throw new InvalidInput("type", "Choose the kind of relationship");
		}
		if (from.equals(to)) {
			throw new InvalidInput("personId", "A person cannot be related to themselves");
		}
		people.get(from);
		people.get(to);
		long existing = db.sql("""
				SELECT COUNT(*) FROM relationship
				WHERE (from_person_id = ? AND to_person_id = ?) OR (from_person_id = ? AND to_person_id = ?)""")
			.params(from, to, to, from)
			.query(Long.class)
			.single();
		if (existing > 0) {
			throw new Conflict("personId", "These two people already have a recorded relationship");
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO relationship (id, from_person_id, to_person_id, type, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, from, to, type.name(), recordedBy, OffsetDateTime.now(clock))
			.update();
		return id;
	}

	/**
	 * The people living at the person's current address (any of their records'), the
	 * person included, as roots.
	 */
	public Set<UUID> household(UUID personId) {
		Set<UUID> self = identities.sameAs(personId);
		List<UUID> others = db.sql("""
				SELECT DISTINCT other.person_id FROM address mine
				JOIN address other ON other.address_key = mine.address_key AND other.to_date IS NULL
				WHERE mine.person_id IN (:ids) AND mine.to_date IS NULL""")
			.param("ids", self)
			.query(UUID.class)
			.list()
			.stream()
			.filter(member -> !self.contains(member))
			.toList();
		Set<UUID> roots = new java.util.LinkedHashSet<>();
		roots.add(self.iterator().next()); // sameAs starts with the root
		if (!others.isEmpty()) {
			roots.addAll(identities.rootsOf(others).values());
		}
		return roots;
	}

	/**
	 * Related people (each side of the relationship read the right way round) and anyone
	 * else in the household.
	 */
	public List<FamilyMember> of(UUID personId) {
		Set<UUID> household = household(personId);
		Set<UUID> self = identities.sameAs(personId);
		record Side(UUID other, String label, UUID relationshipId) {
		}
		List<Side> sides = new ArrayList<>();
		db.sql("SELECT id, from_person_id, to_person_id, type FROM relationship WHERE from_person_id IN (:ids) OR to_person_id IN (:ids)")
			.param("ids", self)
			.query(rs -> {
				RelationshipType type = RelationshipType.valueOf(rs.getString("type"));
				UUID from = rs.getObject("from_person_id", UUID.class);
				boolean otherIsFrom = !self.contains(from);
				sides.add(new Side(otherIsFrom ? from : rs.getObject("to_person_id", UUID.class),
						otherIsFrom ? type.label() : type.inverseLabel(), rs.getObject("id", UUID.class)));
			});
		// the other side of each relationship as the person it now belongs to, all in one
		// lookup
		Map<UUID, UUID> roots = identities.rootsOf(sides.stream().map(Side::other).distinct().toList());
		Map<UUID, Related> related = new LinkedHashMap<>();
		for (Side side : sides) {
			UUID other = roots.get(side.other());
			if (!self.contains(other)) {
				related.putIfAbsent(other, new Related(side.label(), side.relationshipId()));
			}
		}
		List<FamilyMember> network = new ArrayList<>();
		for (Person p : people.findAll(related.keySet())) {
			Related r = related.get(p.id());
			network.add(new FamilyMember(p, r.label(), household.contains(p.id()), r.relationshipId()));
		}
		List<UUID> unrelated = household.stream()
			.filter(id -> !self.contains(id) && !related.containsKey(id))
			.sorted()
			.toList();
		for (Person p : people.findAll(unrelated)) {
			network.add(new FamilyMember(p, "Lives at the same address", true, null));
		}
		return network;
	}

	/**
	 * What another person is to this one, read from whichever side the relationship was
	 * recorded.
	 */
	private record Related(String label, UUID relationshipId) {
	}

}
