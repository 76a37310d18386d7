package org.fullpicture.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding services: by words, need, age and area, for practitioners, the front door's
 * signposting and the read API.
 */
@Service
public class Directory {

	/**
	 * What to look for; every part may be left out. {@code area} is a postcode or its
	 * outward code ("LS6").
	 */
	public record Search(String text, String need, Integer minimumAge, Integer maximumAge, String area,
			boolean activeOnly) {
	}

	private static final String SELECT = """
			SELECT s.*, o.name AS organization_name FROM directory_service s
			LEFT JOIN directory_organization o ON o.id = s.organization_id""";

	private final JdbcClient db;

	private final Clock clock;

	Directory(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Optional<DirectoryService> find(UUID id) {
		return withDetails(db.sql(SELECT + " WHERE s.id = ?").param(id).query(Directory::service).list()).stream()
			.findFirst();
	}

	public DirectoryService get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Service " + id));
	}

	public PageOf<DirectoryService> search(Search search, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (search.text() != null && !search.text().isBlank()) {
			where.append(" AND s.search_text LIKE :text");
			params.put("text", "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%");
		}
		if (search.need() != null && !search.need().isBlank()) {
			where.append(" AND s.id IN (SELECT service_id FROM directory_service_need WHERE LOWER(term) = :need)");
			params.put("need", search.need().strip().toLowerCase(Locale.ROOT));
		}
		if (search.minimumAge() != null) {
			where.append(" AND (s.maximum_age IS NULL OR s.maximum_age >= :minAge)");
			params.put("minAge", search.minimumAge());
		}
		if (search.maximumAge() != null) {
			where.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= :maxAge)");
			params.put("maxAge", search.maximumAge());
		}
		if (search.area() != null && !search.area().isBlank()) {
			// a service with no location is offered everywhere (by phone, online, at
			// home)
			where.append(" " + """
					AND (NOT EXISTS (SELECT 1 FROM directory_service_at_location sl WHERE sl.service_id = s.id)
					OR s.id IN (SELECT sl.service_id FROM directory_service_at_location sl
					    JOIN directory_location l ON l.id = sl.location_id WHERE l.area = :area))""");
			params.put("area", outwardCode(search.area()));
		}
		if (search.activeOnly()) {
			where.append(" AND s.status = 'ACTIVE'");
		}
		long total = db.sql("SELECT COUNT(*) FROM directory_service s" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<DirectoryService> items = withDetails(
				db.sql(SELECT + where + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
					.params(params)
					.param("limit", size)
					.param("offset", (long) (page - 1) * size)
					.query(Directory::service)
					.list());
		return new PageOf<>(items, page, size, total);
	}

	/**
	 * Services whose details nobody has checked (assured) for 12 months, the longest
	 * unchecked first.
	 */
	public List<DirectoryService> dueForReview(int limit) {
		LocalDate yearAgo = LocalDate.now(clock.withZone(UkTime.ZONE)).minusMonths(12);
		return withDetails(db.sql(SELECT + """
				 WHERE s.status <> 'DEFUNCT' AND COALESCE(s.assured_date, CAST(s.last_modified AS DATE)) <= :yearAgo
				ORDER BY COALESCE(s.assured_date, CAST(s.last_modified AS DATE)), s.name LIMIT :limit""")
			.param("yearAgo", yearAgo)
			.param("limit", limit)
			.query(Directory::service)
			.list());
	}

	/** "LS6 1AB" and "ls6" are both in area "LS6". */
	public static String outwardCode(String postcodeOrArea) {
		String compact = postcodeOrArea.replace(" ", "").toUpperCase(Locale.ROOT);
		return compact.length() > 4 ? compact.substring(0, compact.length() - 3) : compact;
	}

	private List<DirectoryService> withDetails(List<DirectoryService> services) {
		if (services.isEmpty()) {
			return services;
		}
		List<UUID> ids = services.stream().map(DirectoryService::id).toList();
		Map<UUID, List<String>> needs = grouped("SELECT service_id, term AS v FROM directory_service_need "
				+ "WHERE service_id IN (:ids) ORDER BY term", ids);
		Map<UUID, List<String>> areas = grouped("""
				SELECT DISTINCT sl.service_id, l.area AS v FROM directory_service_at_location sl
				JOIN directory_location l ON l.id = sl.location_id WHERE sl.service_id IN (:ids) AND l.area IS NOT NULL
				ORDER BY v""", ids);
		return services.stream()
			.map(s -> new DirectoryService(s.id(), s.organizationId(), s.organizationName(), s.name(), s.description(),
					s.url(), s.email(), s.status(), s.minimumAge(), s.maximumAge(), s.assuredDate(), s.lastModified(),
					needs.getOrDefault(s.id(), List.of()), areas.getOrDefault(s.id(), List.of())))
			.toList();
	}

	private Map<UUID, List<String>> grouped(String sql, Collection<UUID> ids) {
		Map<UUID, List<String>> grouped = new HashMap<>();
		db.sql(sql)
			.param("ids", ids)
			.query((rs, row) -> grouped.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getString("v")))
			.list();
		return grouped;
	}

	static DirectoryService service(ResultSet rs, int row) throws SQLException {
		OffsetDateTime modified = rs.getObject("last_modified", OffsetDateTime.class);
		return new DirectoryService(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), rs.getString("name"), rs.getString("description"),
				rs.getString("url"), rs.getString("email"), ServiceStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
				rs.getObject("assured_date", LocalDate.class), modified.toInstant(), List.of(), List.of());
	}

}
