package org.fullpicture.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.linkage.Identities;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads children's chronologies: one entry, the entries a viewer may see page by page,
 * and the shape of a whole chronology. Recording is {@link Chronology}'s.
 */
@Service
public class ChronologyReader {

	private static final String SELECT = """
			SELECT e.*,
			       (SELECT MIN(CAST(n.id AS VARCHAR(36))) FROM chronology_entry n WHERE n.supersedes_id = e.id) AS superseded_by
			FROM chronology_entry e
			""";

	private final JdbcClient db;

	private final AccessPolicy policy;

	private final Identities identities;

	private final Practitioners practitioners;

	private final Agencies agencies;

	ChronologyReader(JdbcClient db, AccessPolicy policy, Identities identities, Practitioners practitioners,
			Agencies agencies) {
		this.db = db;
		this.policy = policy;
		this.identities = identities;
		this.practitioners = practitioners;
		this.agencies = agencies;
	}

	public Optional<Entry> find(UUID id) {
		List<Entry> found = withDetails(
				db.sql(SELECT + " WHERE e.id = ?").param(id).query(ChronologyReader::entry).list());
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
	List<Entry> entriesInOrder(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Entry> byId = new HashMap<>();
		withDetails(db.sql(SELECT + " WHERE e.id IN (:ids)").param("ids", ids).query(ChronologyReader::entry).list())
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
		// named through the agencies module, the system recorder as any other
		Map<UUID, String> recorders = practitioners
			.displayNamesOf(entries.stream().map(Entry::recorderId).collect(Collectors.toSet()));
		Map<UUID, String> agencyNames = agencies
			.namesOf(entries.stream().map(Entry::agencyId).collect(Collectors.toSet()));
		return entries.stream()
			.map(e -> new Entry(e.id(), children.getOrDefault(e.id(), List.of()), e.type(), e.occurredAt(),
					e.recordedAt(), e.recorderId(), recorders.get(e.recorderId()), e.agencyId(),
					agencyNames.get(e.agencyId()), e.text(), factors.getOrDefault(e.id(), List.of()), e.source(),
					e.sensitivity(), e.supersedesId(), e.amendmentReason(), e.supersededById()))
			.toList();
	}

	/** Without its children, factors and names: {@link #withDetails} adds them. */
	static Entry entry(ResultSet rs, int row) throws SQLException {
		String supersededBy = rs.getString("superseded_by");
		return new Entry(rs.getObject("id", UUID.class), List.of(), EntryType.valueOf(rs.getString("type")),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("recorder_id", UUID.class),
				null, rs.getObject("agency_id", UUID.class), null, rs.getString("text"), List.of(),
				Source.valueOf(rs.getString("source")), Sensitivity.valueOf(rs.getString("sensitivity")),
				rs.getObject("supersedes_id", UUID.class), rs.getString("amendment_reason"),
				supersededBy == null ? null : UUID.fromString(supersededBy));
	}

}
