package org.fullpicture.chronology;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.Grounds;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself, PostgreSQL or H2, refuses to change or remove what the chronology
 * and audit trail hold.
 */
@DatabaseTest
class AppendOnlyTests {

	@Autowired
	JdbcClient db;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chronology chronology;

	@Autowired
	ChronologyReader reader;

	@Autowired
	AuditTrail audit;

	@Test
	void theDatabaseRejectsUpdateDeleteAndTruncateOfEntriesAndAuditRows() {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		Person child = fixtures.child("Dan", "Append", LocalDate.of(2010, 1, 1), p.id());
		Entry entry = chronology
			.record(new NewEntry(java.util.List.of(child.id()), EntryType.INCIDENT,
					OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(), "Original words.", null,
					null, null), p, null)
			.entry();
		audit.record(p.id(), AuditAction.VIEWED_RECORD, child.id(), Grounds.INVOLVEMENT, null, Channel.API);

		assertThatThrownBy(
				() -> db.sql("UPDATE chronology_entry SET text = 'changed' WHERE id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> db.sql("DELETE FROM chronology_entry_child WHERE entry_id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> db.sql("DELETE FROM audit_event WHERE person_id = ?").param(child.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> db.sql("UPDATE audit_event SET reason = 'x' WHERE person_id = ?").param(child.id()).update())
			.isInstanceOf(DataAccessException.class);
		for (String table : new String[] { "chronology_entry", "chronology_entry_child", "chronology_entry_factor",
				"audit_event", "break_glass", "break_glass_review" }) {
			assertThatThrownBy(() -> db.sql("TRUNCATE TABLE " + table).update()).as(table)
				.isInstanceOf(DataAccessException.class);
		}
		assertThat(reader.get(entry.id()).text()).isEqualTo("Original words.");
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isPositive();
	}

	@Test
	void theServiceOffersNoWayToChangeAnEntry() {
		assertThat(java.util.Arrays.stream(Chronology.class.getMethods()).map(java.lang.reflect.Method::getName))
			.doesNotContain("update", "delete", "remove", "edit");
		assertThat(java.util.Arrays.stream(ChronologyReader.class.getMethods()).map(java.lang.reflect.Method::getName))
			.doesNotContain("update", "delete", "remove", "edit");
	}

}
