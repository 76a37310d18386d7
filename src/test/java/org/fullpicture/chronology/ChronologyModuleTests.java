package org.fullpicture.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.people.Person;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chronology with the modules it needs and no others (no demo data, no modules that
 * only listen).
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
class ChronologyModuleTests {

	@Autowired
	Chronology chronology;

	@Autowired
	ChronologyReader reader;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Agencies agencies;

	@Autowired
	Fixtures fixtures;

	@Test
	void recordingAnEntryTellsTheOtherModulesWhoRecordedWhatAboutWhichChild(Scenario scenario) {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Person child = fixtures.child("Ava", Fixtures.randomName(), LocalDate.of(2016, 4, 2), teacher.id());
		Instant occurred = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		NewEntry entry = new NewEntry(List.of(child.id()), EntryType.CONCERN, occurred,
				"Ava came to school without a coat for the third day running.", List.of(), null, null);

		scenario.stimulate(() -> chronology.record(entry, teacher, null))
			.andWaitForEventOfType(ChronologyEntryRecorded.class)
			.matching(e -> e.childIds().contains(child.id()))
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.entryId()).isEqualTo(recorded.entry().id());
				assertThat(event.type()).isEqualTo(EntryType.CONCERN);
				assertThat(event.agencyId()).isEqualTo(teacher.agencyId());
				assertThat(event.occurredAt()).isEqualTo(occurred);
				assertThat(event.supersedesId()).isNull();
			});
	}

	@Test
	void anEntryIsReadWithItsRecordersAndAgencysNamesTheSystemRecorderAsAnyOther() {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Practitioner system = practitioners.system();
		Person child = fixtures.child("Ivy", Fixtures.randomName(), LocalDate.of(2015, 6, 9), teacher.id());
		Instant occurred = Instant.now().minus(1, ChronoUnit.DAYS);
		Entry byTeacher = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, occurred,
					"Ivy said she had not eaten since lunch yesterday.", List.of(), null, null), teacher, null)
			.entry();
		Entry bySystem = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, occurred,
					"A member of the public reported Ivy alone in the park after dark.", List.of(), null, null), system,
					null)
			.entry();

		assertThat(reader.get(byTeacher.id())).satisfies(entry -> {
			assertThat(entry.recorderName()).isEqualTo(teacher.displayName());
			assertThat(entry.agencyName()).isEqualTo(agencies.get(teacher.agencyId()).name());
		});
		assertThat(reader.get(bySystem.id())).satisfies(entry -> {
			assertThat(entry.recorderName()).isEqualTo(system.displayName()).contains("automatically");
			assertThat(entry.agencyName()).isEqualTo(agencies.get(system.agencyId()).name());
		});
	}

}
