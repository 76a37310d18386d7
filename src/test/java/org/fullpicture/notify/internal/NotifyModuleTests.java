package org.fullpicture.notify.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
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
 * Notify with the modules it needs: an entry that goes at once reaches the other agencies
 * working with the child, and not the agency that recorded it.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
class NotifyModuleTests {

	@Autowired
	Chronology chronology;

	@Autowired
	Involvements involvements;

	@Autowired
	Notifications notifications;

	@Autowired
	Fixtures fixtures;

	@Test
	void anArrestRecordedByPoliceReachesTheSchoolWorkingWithTheChildAtOnce(Scenario scenario) {
		Practitioner officer = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Person child = fixtures.child("Cal", Fixtures.randomName(), LocalDate.now().minusYears(15), teacher.id());
		involvements.startByWorkflow(child.id(), teacher.agencyId(), teacher.id(), "On roll", teacher.id());
		NewEntry arrest = new NewEntry(List.of(child.id()), EntryType.ARREST, Instant.now().minus(2, ChronoUnit.HOURS),
				"Arrested with two older men in a car with cannabis.", List.of(), null, null);

		scenario.stimulate(() -> chronology.record(arrest, officer, null))
			.andWaitForStateChange(() -> notifications.forRecipient(teacher.id(), true, 1, 10), told -> !told.isEmpty())
			.andVerify(told -> {
				assertThat(told).singleElement().satisfies(n -> {
					assertThat(n.personId()).isEqualTo(child.id());
					assertThat(n.urgent()).isTrue();
					assertThat(n.deliveredAt()).as("at once, not in the digest").isNotNull();
				});
			});
		assertThat(notifications.unreadCount(officer.id())).as("not the recorder's own agency").isZero();
	}

}
