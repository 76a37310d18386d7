package org.fullpicture.agencies;

import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Agencies {

	private static final String COLUMNS = "id, name, type, safeguarding_contact, safeguarding_email, safeguarding_phone";

	private final JdbcClient db;

	Agencies(JdbcClient db) {
		this.db = db;
	}

	public List<Agency> all() {
		return db.sql("SELECT " + COLUMNS + " FROM agency WHERE type <> 'SYSTEM' ORDER BY name")
			.query(Agencies::agency)
			.list();
	}

	public Optional<Agency> find(UUID id) {
		return db.sql("SELECT " + COLUMNS + " FROM agency WHERE id = ?").param(id).query(Agencies::agency).optional();
	}

	public Agency get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("Agency " + id));
	}

	/** The names of these agencies, in one look-up. */
	public Map<UUID, String> namesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			db.sql("SELECT id, name FROM agency WHERE id IN (:ids)").param("ids", List.copyOf(ids)).query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		}
		return names;
	}

	public List<Agency> educationSettings() {
		return all().stream().filter(a -> a.type().isEducationSetting()).toList();
	}

	@Transactional
	public Agency add(String name, AgencyType type, String contact, String email, String phone) {
		Agency agency = new Agency(UUID.randomUUID(), name, type, contact, email, phone);
		db.sql("INSERT INTO agency (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
			.params(agency.id(), name, type.name(), contact, email, phone)
			.update();
		return agency;
	}

	static Agency agency(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Agency(rs.getObject("id", UUID.class), rs.getString("name"),
				AgencyType.valueOf(rs.getString("type")), rs.getString("safeguarding_contact"),
				rs.getString("safeguarding_email"), rs.getString("safeguarding_phone"));
	}

}
