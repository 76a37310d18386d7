package org.fullpicture.directory.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.directory.Directory;
import org.fullpicture.directory.ServiceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes whole services with their organisation, locations, contacts and needs.
 */
@Component
class DirectoryStore {

	private final JdbcClient db;

	DirectoryStore(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Adds the service, or replaces what is held about it (an import run again updates,
	 * never duplicates).
	 */
	@Transactional
	void save(ServiceRecord s) {
		ServiceRecord.Organization o = s.organization();
		if (o != null) {
			saveOrganization(o);
		}
		String searchText = (s.name() + " " + (s.description() == null ? "" : s.description()))
			.toLowerCase(Locale.ROOT);
		searchText = searchText.length() > 5000 ? searchText.substring(0, 5000) : searchText;
		Object[] values = { o == null ? null : o.id(), s.name(), searchText, s.description(), s.url(), s.email(),
				s.status().name(), s.fees(), s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(),
				s.alert(), s.lastModified().atOffset(ZoneOffset.UTC), s.id() };
		if (db
			.sql("""
					UPDATE directory_service SET organization_id = ?, name = ?, search_text = ?, description = ?, url = ?,
					    email = ?, status = ?, fees = ?, minimum_age = ?, maximum_age = ?, assured_date = ?, assurer_email = ?,
					    alert = ?, last_modified = ? WHERE id = ?""")
			.params(values)
			.update() == 0) {
			db.sql("""
					INSERT INTO directory_service (organization_id, name, search_text, description, url, email, status,
					    fees, minimum_age, maximum_age, assured_date, assurer_email, alert, last_modified, id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
		}
		db.sql("DELETE FROM directory_service_at_location WHERE service_id = ?").param(s.id()).update();
		for (ServiceRecord.Location l : s.locations()) {
			String area = l.postalCode() == null ? null : Directory.outwardCode(l.postalCode());
			if (db.sql(
					"UPDATE directory_location SET name = ?, address_1 = ?, city = ?, postal_code = ?, area = ? WHERE id = ?")
				.params(l.name(), l.address1(), l.city(), l.postalCode(), area, l.id())
				.update() == 0) {
				db.sql("INSERT INTO directory_location (name, address_1, city, postal_code, area, id) VALUES (?, ?, ?, ?, ?, ?)")
					.params(l.name(), l.address1(), l.city(), l.postalCode(), area, l.id())
					.update();
			}
			db.sql("INSERT INTO directory_service_at_location (id, service_id, location_id) VALUES (?, ?, ?)")
				.params(l.serviceAtLocationId(), s.id(), l.id())
				.update();
		}
		db.sql("DELETE FROM directory_contact WHERE service_id = ?").param(s.id()).update();
		for (ServiceRecord.Contact c : s.contacts()) {
			db.sql("INSERT INTO directory_contact (id, service_id, name, title, email, phone) VALUES (?, ?, ?, ?, ?, ?)")
				.params(c.id(), s.id(), c.name(), c.title(), c.email(), c.phone())
				.update();
		}
		db.sql("DELETE FROM directory_service_need WHERE service_id = ?").param(s.id()).update();
		for (ServiceRecord.Need n : s.needs()) {
			db.sql("INSERT INTO directory_service_need (service_id, term_id, term) VALUES (?, ?, ?)")
				.params(s.id(), n.id(), n.term())
				.update();
		}
	}

	@Transactional
	void saveOrganization(ServiceRecord.Organization o) {
		if (db.sql("UPDATE directory_organization SET name = ?, description = ?, email = ?, url = ? WHERE id = ?")
			.params(o.name(), o.description(), o.email(), o.url(), o.id())
			.update() == 0) {
			db.sql("INSERT INTO directory_organization (id, name, description, email, url) VALUES (?, ?, ?, ?, ?)")
				.params(o.id(), o.name(), o.description(), o.email(), o.url())
				.update();
		}
	}

	Optional<ServiceRecord> find(UUID id) {
		return db.sql("SELECT * FROM directory_service WHERE id = ?").param(id).query((rs, row) -> {
			OffsetDateTime modified = rs.getObject("last_modified", OffsetDateTime.class);
			return new Object[] { rs.getObject("organization_id", UUID.class),
					new ServiceRecord(id, null, rs.getString("name"), rs.getString("description"), rs.getString("url"),
							rs.getString("email"), ServiceStatus.valueOf(rs.getString("status")), rs.getString("fees"),
							(Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
							rs.getObject("assured_date", LocalDate.class), rs.getString("assurer_email"),
							rs.getString("alert"), modified.toInstant(), List.of(), List.of(), List.of()) };
		}).optional().map(found -> {
			ServiceRecord s = (ServiceRecord) found[1];
			UUID orgId = (UUID) found[0];
			ServiceRecord.Organization org = orgId == null ? null
					: db.sql("SELECT * FROM directory_organization WHERE id = ?")
						.param(orgId)
						.query((rs, row) -> new ServiceRecord.Organization(orgId, rs.getString("name"),
								rs.getString("description"), rs.getString("email"), rs.getString("url")))
						.optional()
						.orElse(null);
			List<ServiceRecord.Location> locations = db.sql("""
					SELECT sl.id AS sal_id, l.* FROM directory_service_at_location sl
					JOIN directory_location l ON l.id = sl.location_id WHERE sl.service_id = ? ORDER BY l.name, l.id""")
				.param(id)
				.query((rs, row) -> new ServiceRecord.Location(rs.getObject("sal_id", UUID.class),
						rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address_1"),
						rs.getString("city"), rs.getString("postal_code")))
				.list();
			List<ServiceRecord.Contact> contacts = db
				.sql("SELECT * FROM directory_contact WHERE service_id = ? ORDER BY name, id")
				.param(id)
				.query((rs, row) -> new ServiceRecord.Contact(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("title"), rs.getString("email"), rs.getString("phone")))
				.list();
			List<ServiceRecord.Need> needs = db
				.sql("SELECT term_id, term FROM directory_service_need WHERE service_id = ? ORDER BY term")
				.param(id)
				.query((rs, row) -> new ServiceRecord.Need(rs.getObject("term_id", UUID.class), rs.getString("term")))
				.list();
			return new ServiceRecord(id, org, s.name(), s.description(), s.url(), s.email(), s.status(), s.fees(),
					s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(), s.alert(), s.lastModified(),
					locations, contacts, needs);
		});
	}

	List<ServiceRecord.Organization> organizations() {
		return db.sql("SELECT * FROM directory_organization ORDER BY name, id")
			.query((rs, row) -> new ServiceRecord.Organization(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getString("email"), rs.getString("url")))
			.list();
	}

}
