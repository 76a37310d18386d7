package org.fullpicture.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
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
 * Signals with the modules they need and no others: an entry recorded in the chronology
 * is added up by the rules, and what they raise is published for the modules that tell
 * people.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
class SignalsModuleTests {

	@Autowired
	Chronology chronology;

	@Autowired
	Fixtures fixtures;

	@Test
	void aSelfHarmEntryRecordedByTheEmergencyDepartmentRaisesASignalForTheChild(Scenario scenario) {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		Person child = fixtures.child("Rae", Fixtures.randomName(), LocalDate.now().minusYears(14), nurse.id());
		NewEntry selfHarm = new NewEntry(List.of(child.id()), EntryType.SELF_HARM,
				Instant.now().minus(3, ChronoUnit.HOURS), "Seen after taking an overdose.", List.of(), null, null);

		scenario.stimulate(() -> chronology.record(selfHarm, nurse, null))
			.andWaitForEventOfType(SignalRaised.class)
			.matching(raised -> raised.personId().equals(child.id()))
			.toArriveAndVerify(raised -> {
				assertThat(raised.ruleId()).isEqualTo("self-harm");
				assertThat(raised.ruleVersion()).isEqualTo(1);
				assertThat(raised.severity()).isEqualTo(Severity.HIGH);
				assertThat(raised.routedTo()).as("no lead professional: the MASH").isNull();
			});
	}

}
