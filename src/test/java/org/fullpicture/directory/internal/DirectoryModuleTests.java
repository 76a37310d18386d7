package org.fullpicture.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.directory.ServiceEnded;
import org.fullpicture.directory.ServiceStatus;
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
 * The directory with the modules it needs and none that listen to it: a service that
 * closes for good ends what every child receives from it, and says so to the modules that
 * tell people and write the chronology.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
class DirectoryModuleTests {

	@Autowired
	DirectoryStore store;

	@Autowired
	ServicesReceived received;

	@Autowired
	Fixtures fixtures;

	@Test
	void aServiceClosedForGoodEndsForEveryChildReceivingItAndIsPublished(Scenario scenario) {
		Practitioner worker = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
		Person child = fixtures.child("Ash", Fixtures.randomName(), LocalDate.now().minusYears(9), worker.id());
		UUID service = UUID.randomUUID();
		store.save(new ServiceRecord(service,
				new ServiceRecord.Organization(UUID.randomUUID(), "Riverside Trust", null, null, null),
				"Riverside Homework Club", "After-school help with homework.", null, null, ServiceStatus.ACTIVE, null,
				7, 11, LocalDate.now(), null, null, Instant.now(), List.of(), List.of(), List.of()));
		received.record(child.id(), service, LocalDate.now().minusMonths(2), null, worker.id());

		scenario.stimulate(() -> received.changeStatus(service, ServiceStatus.DEFUNCT))
			.andWaitForEventOfType(ServiceEnded.class)
			.matching(ended -> ended.serviceId().equals(service))
			.toArriveAndVerify(ended -> {
				assertThat(ended.personIds()).containsExactly(child.id());
				assertThat(ended.serviceName()).isEqualTo("Riverside Homework Club");
				assertThat(ended.reason()).isEqualTo("The service Riverside Homework Club is now closed for good");
			});
		assertThat(received.of(child.id())).singleElement()
			.satisfies(r -> assertThat(r.isOngoingOn(LocalDate.now().plusDays(1))).isFalse());
	}

}
