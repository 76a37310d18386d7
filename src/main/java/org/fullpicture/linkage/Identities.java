package org.fullpicture.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which records are the same person. A merge never touches either record: it adds a link,
 * and an unmerge ends the link, so both records come back exactly as they were.
 */
@Service
public class Identities {

	private final JdbcClient db;

	private final Clock clock;

	Identities(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * The record that speaks for the person: the record itself unless it was merged into
	 * another.
	 */
	public UUID rootOf(UUID personId) {
		UUID current = personId;
		for (int hops = 0; hops < 100; hops++) {
			Optional<UUID> survivor = db
				.sql("SELECT survivor_id FROM person_link WHERE merged_id = ? AND unlinked_at IS NULL")
				.param(current)
				.query(UUID.class)
				.optional();
			if (survivor.isEmpty()) {
				return current;
			}
			current = survivor.get();
		}
		throw new IllegalStateException("Person links form a loop");
	}

	/**
	 * {@link #rootOf} for many people at once: a query per level of merging rather than
	 * per person.
	 */
	public Map<UUID, UUID> rootsOf(Collection<UUID> personIds) {
		Map<UUID, UUID> roots = new java.util.LinkedHashMap<>();
		personIds.forEach(id -> roots.put(id, id));
		Set<UUID> frontier = new java.util.HashSet<>(personIds);
		for (int hops = 0; hops < 100; hops++) {
			if (frontier.isEmpty()) {
				return roots;
			}
			Map<UUID, UUID> survivorOf = new HashMap<>();
			db.sql("SELECT merged_id, survivor_id FROM person_link WHERE merged_id IN (:ids) AND unlinked_at IS NULL")
				.param("ids", frontier)
				.query(rs -> {
					if (survivorOf.put(rs.getObject("merged_id", UUID.class),
							rs.getObject("survivor_id", UUID.class)) != null) {
						throw new IllegalStateException("A record is merged into two people at once");
					}
				});
			roots.replaceAll((person, current) -> survivorOf.getOrDefault(current, current));
			frontier = new java.util.HashSet<>(survivorOf.values());
		}
		throw new IllegalStateException("Person links form a loop");
	}

	/** Every record of the same person, the root first. */
	public Set<UUID> sameAs(UUID personId) {
		// most records were never merged: one look-up says so
		if (db.sql(
				"SELECT COUNT(*) FROM person_link WHERE (merged_id = :id OR survivor_id = :id) AND unlinked_at IS NULL")
			.param("id", personId)
			.query(Long.class)
			.single() == 0) {
			return new LinkedHashSet<>(List.of(personId));
		}
		UUID root = rootOf(personId);
		Set<UUID> all = new LinkedHashSet<>();
		Deque<UUID> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			UUID next = todo.pop();
			if (all.add(next)) {
				todo.addAll(db.sql("SELECT merged_id FROM person_link WHERE survivor_id = ? AND unlinked_at IS NULL")
					.param(next)
					.query(UUID.class)
					.list());
			}
		}
		return all;
	}

	/**
	 * {@link #sameAs} for many roots at once, a query per level of merging rather than
	 * per person.
	 */
	public Map<UUID, Set<UUID>> sameAsEach(Collection<UUID> roots) {
		Map<UUID, Set<UUID>> groups = new HashMap<>();
		Map<UUID, UUID> frontier = new HashMap<>();
		for (UUID root : roots) {
			groups.put(root, new LinkedHashSet<>(List.of(root)));
			frontier.put(root, root);
		}
		while (!frontier.isEmpty()) {
			Map<UUID, UUID> level = frontier;
			Map<UUID, UUID> next = new HashMap<>();
			db.sql("SELECT survivor_id, merged_id FROM person_link WHERE survivor_id IN (:ids) AND unlinked_at IS NULL")
				.param("ids", level.keySet())
				.query(rs -> {
					UUID root = level.get(rs.getObject("survivor_id", UUID.class));
					UUID merged = rs.getObject("merged_id", UUID.class);
					if (groups.get(root).add(merged)) {
						next.put(merged, root);
					}
				});
			frontier = next;
		}
		return groups;
	}

	/** The active links that make up the person's identity, oldest first. */
	public List<IdentityLink> linksOf(UUID personId) {
		return linksWithin(sameAs(personId));
	}

	/**
	 * {@link #linksOf} for a group already read with {@link #sameAs}, so it is not walked
	 * again.
	 */
	public List<IdentityLink> linksWithin(Set<UUID> group) {
		return db
			.sql("SELECT * FROM person_link WHERE survivor_id IN (:ids) AND unlinked_at IS NULL ORDER BY linked_at")
			.param("ids", group)
			.query(Identities::link)
			.list();
	}

	public IdentityLink get(UUID linkId) {
		return db.sql("SELECT * FROM person_link WHERE id = ?")
			.param(linkId)
			.query(Identities::link)
			.optional()
			.orElseThrow(() -> new NotFound("Merge " + linkId));
	}

	@Transactional
	public IdentityLink merge(UUID survivorId, UUID mergedId, UUID by, String reason) {
		requireReason(reason);
		UUID survivor = rootOf(survivorId);
		UUID merged = rootOf(mergedId);
		if (survivor.equals(merged)) {
			throw new Conflict("candidateId", "These records are already linked as the same person");
		}
		UUID id = UUID.randomUUID();
		db.sql("""
				INSERT INTO person_link (id, survivor_id, merged_id, linked_at, linked_by, reason)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, survivor, merged, OffsetDateTime.now(clock), by, reason.strip())
			.update();
		return get(id);
	}

	@Transactional
	public IdentityLink unmerge(UUID linkId, UUID by, String reason) {
		requireReason(reason);
		IdentityLink link = get(linkId);
		if (!link.isActive()) {
			throw new Conflict("linkId", "This merge has already been undone");
		}
		db.sql("UPDATE person_link SET unlinked_at = ?, unlinked_by = ?, unlink_reason = ? WHERE id = ?")
			.params(OffsetDateTime.now(clock), by, reason.strip(), linkId)
			.update();
		return get(linkId);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Enter the reason for your decision");
		}
		MaxLength.require("reason", reason, 1000, "The reason");
	}

	static IdentityLink link(ResultSet rs, int row) throws SQLException {
		OffsetDateTime unlinked = rs.getObject("unlinked_at", OffsetDateTime.class);
		return new IdentityLink(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
				rs.getObject("merged_id", UUID.class), rs.getObject("linked_at", OffsetDateTime.class).toInstant(),
				rs.getObject("linked_by", UUID.class), rs.getString("reason"),
				unlinked == null ? null : unlinked.toInstant(), rs.getObject("unlinked_by", UUID.class),
				rs.getString("unlink_reason"));
	}

}
