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
	EntryFacts facts;

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
	void factsLeaveOutAnAmendedEntryForItsAmendmentEvenWhenTheAmendmentMovedItOutOfReach() {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.HEALTH_VISITING));
		Person child = fixtures.child("Noah", Fixtures.randomName(), LocalDate.of(2022, 8, 9), nurse.id());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Entry kept = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, now.minus(3, ChronoUnit.DAYS),
					"Home cold, no food in the cupboards.", List.of("16a"), null, null), nurse, null)
			.entry();
		Entry corrected = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.HOME_VISIT, now.minus(2, ChronoUnit.DAYS),
					"Visit; nobody answered the door.", List.of(), null, null), nurse, null)
			.entry();
		Entry moved = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.CONCERN, now.minus(1, ChronoUnit.DAYS),
					"Noah seen hungry at the door.", List.of("16A"), null, null), nurse, null)
			.entry();
		Entry amendment = chronology
			.amend(corrected.id(),
					new Amendment(null, EntryType.CONCERN, null, List.of("3B", "16A"), "Wrong type chosen"), nurse)
			.entry();
		chronology.amend(moved.id(),
				new Amendment(null, null, now.minus(400, ChronoUnit.DAYS), null, "Wrong year entered"), nurse);

		List<EntryFacts.Fact> found = facts.about(List.of(child.id()), now.minus(30, ChronoUnit.DAYS));

		assertThat(found).extracting(EntryFacts.Fact::entryId).containsExactly(kept.id(), amendment.id());
		assertThat(found.get(0).factors()).containsExactly("16A");
		assertThat(found.get(1).type()).isEqualTo(EntryType.CONCERN);
		assertThat(found.get(1).factors()).containsExactlyInAnyOrder("3B", "16A");
		assertThat(found.get(1).agencyId()).isEqualTo(nurse.agencyId());
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
