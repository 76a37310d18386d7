package org.fullpicture.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ChronologyPagingTests {

	@Autowired
	Chronology chronology;

	@Autowired
	ChronologyReader reader;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	Agency school;

	Practitioner teacher;

	Person child;

	@BeforeEach
	void aChildWithTwelveEntriesOneRestrictedToAnotherAgency() {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		child = fixtures.child("Pia", "Pagetest", LocalDate.of(2015, 3, 1), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
		for (int i = 0; i < 11; i++) {
			record(teacher, "Entry " + i, EntryType.CONCERN,
					Instant.parse("2025-01-01T10:00:00Z").plusSeconds(86_400L * i), Sensitivity.NORMAL);
		}
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.GP));
		record(nurse, "Restricted to health", EntryType.OTHER, Instant.parse("2025-03-01T10:00:00Z"),
				Sensitivity.RESTRICTED);
	}

	private void record(Practitioner by, String text, EntryType type, Instant occurred, Sensitivity sensitivity) {
		chronology.record(new NewEntry(List.of(child.id()), type, occurred, text, List.of("16A", "10A"),
				Source.PROFESSIONAL, sensitivity), by, null);
	}

	@Test
	void aPageCountsEveryVisibleEntryOnEveryPageAndPastTheLast() {
		ChronologyFilter oldest = new ChronologyFilter(null, null, null, null, true);
		var first = reader.of(List.of(child.id()), oldest, teacher, 1, 5);
		var last = reader.of(List.of(child.id()), oldest, teacher, 3, 5);
		var pastTheLast = reader.of(List.of(child.id()), oldest, teacher, 4, 5);
		assertThat(first.total()).isEqualTo(11);
		assertThat(first.items()).extracting(Entry::text)
			.containsExactly("Entry 0", "Entry 1", "Entry 2", "Entry 3", "Entry 4");
		assertThat(first.items().get(0).factors()).containsExactly("10A", "16A");
		assertThat(first.items().get(0).childIds()).containsExactly(child.id());
		assertThat(last.items()).extracting(Entry::text).containsExactly("Entry 10");
		assertThat(last.total()).isEqualTo(11);
		assertThat(pastTheLast.items()).isEmpty();
		assertThat(pastTheLast.total()).isEqualTo(11);
	}

	@Test
	void aPageWithItsShapeAgreesWithThePageAloneNewestFirst() {
		ChronologyFilter newest = ChronologyFilter.none();
		var alone = reader.of(List.of(child.id()), newest, teacher, 2, 4);
		var withShape = reader.withShape(List.of(child.id()), newest, teacher, 2, 4);
		assertThat(withShape.page().items()).isEqualTo(alone.items());
		assertThat(withShape.page().items()).extracting(Entry::text)
			.containsExactly("Entry 6", "Entry 5", "Entry 4", "Entry 3");
		assertThat(withShape.page().total()).isEqualTo(11);
		// the shape is every visible entry, oldest first, whatever the page's order
		assertThat(withShape.occurrences()).hasSize(11);
		assertThat(withShape.occurrences().get(0).occurredAt()).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
		assertThat(withShape.occurrences().get(10).occurredAt()).isEqualTo(Instant.parse("2025-01-11T10:00:00Z"));
		assertThat(reader.withShape(List.of(child.id()), newest, teacher, 4, 4).page().items()).isEmpty();
	}

	@Test
	void eachViewOfTheChronologyPageWritesOneAuditRow() throws Exception {
		long before = audit.ofPerson(child.id(), 1, 1).total();
		mvc.perform(get("/children/" + child.id() + "/chronology").with(as(teacher))).andExpect(status().isOk());
		mvc.perform(get("/children/" + child.id() + "/chronology").param("page", "2").with(as(teacher)))
			.andExpect(status().isOk());
		var rows = audit.ofPerson(child.id(), 1, 2);
		assertThat(rows.total()).isEqualTo(before + 2);
		assertThat(rows.items()).allSatisfy(row -> {
			assertThat(row.action().name()).isEqualTo("VIEWED_CHRONOLOGY");
			assertThat(row.practitionerId()).isEqualTo(teacher.id());
			assertThat(row.grounds().name()).isEqualTo("INVOLVEMENT");
		});
	}

	@Test
	void aRefusedChronologyPageWritesNoAuditRow() throws Exception {
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		long before = audit.ofPerson(child.id(), 1, 1).total();
		mvc.perform(get("/children/" + child.id() + "/family-chronology").with(as(housing)))
			.andExpect(status().isForbidden());
		assertThat(audit.ofPerson(child.id(), 1, 1).total()).isEqualTo(before);
	}

}
