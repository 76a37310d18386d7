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
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On PostgreSQL the database itself refuses to change or remove what the chronology and audit trail hold. */
@DatabaseTest
class AppendOnlyTests {

	@Autowired
	JdbcClient db;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chronology chronology;

	@Autowired
	AuditTrail audit;

	@Test
	void postgresRejectsUpdateAndDeleteOfEntriesAndAuditRows() {
		assumeTrue(TestDatabase.isPostgres(), "the database-level guard is PostgreSQL's; H2 runs the rest of the suite");
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		Person child = fixtures.child("Dan", "Append", LocalDate.of(2010, 1, 1), p.id());
		Entry entry = chronology.record(new NewEntry(java.util.List.of(child.id()), EntryType.INCIDENT,
				OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).toInstant(), "Original words.", null, null, null),
				p, null).entry();
		audit.record(p.id(), AuditAction.VIEWED_RECORD, child.id(), Grounds.INVOLVEMENT, null, Channel.API);

		assertThatThrownBy(() -> db.sql("UPDATE chronology_entry SET text = 'changed' WHERE id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> db.sql("DELETE FROM chronology_entry_child WHERE entry_id = ?").param(entry.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> db.sql("DELETE FROM audit_event WHERE person_id = ?").param(child.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> db.sql("UPDATE audit_event SET reason = 'x' WHERE person_id = ?").param(child.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(chronology.get(entry.id()).text()).isEqualTo("Original words.");
	}

	@Test
	void theServiceOffersNoWayToChangeAnEntry() {
		assertThat(java.util.Arrays.stream(Chronology.class.getMethods()).map(java.lang.reflect.Method::getName))
			.doesNotContain("update", "delete", "remove", "edit");
	}

}
