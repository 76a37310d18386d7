package org.fullpicture.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.EmailSwitchedOff;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door with the modules it needs and none that listen to it: a decision is
 * published for early help, signals and notify to act on.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import({ Fixtures.class, EmailSwitchedOff.class })
class FrontDoorModuleTests {

	@Autowired
	Contacts contacts;

	@Autowired
	Decisions decisions;

	@Autowired
	Fixtures fixtures;

	/** A practitioner's contact about one child, for the MASH to decide. */
	UUID contactAbout(Person child, Practitioner teacher) {
		return contacts
			.make(new NewContact(List.of(child.id()), List.of(), null, "Jo has come to school hungry all week.",
					"Nobody seems to be buying food.", "Help for the family.", Consent.GIVEN, null, Urgency.LOW, null),
					teacher)
			.contact()
			.id();
	}

	@Test
	void aDecisionIsPublishedWithItsChildrenLevelOutcomeAndWhoAskedForIt(Scenario scenario) {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Person child = fixtures.child("Jo", Fixtures.randomName(), LocalDate.now().minusYears(8), teacher.id());
		UUID contact = contactAbout(child, teacher);

		scenario
			.stimulate(() -> decisions.decide(contact, new NewDecision(2, DecisionOutcome.EARLY_HELP,
					"School and the family agree that help with food and routines would make a difference.", null),
					mash))
			.andWaitForEventOfType(ContactDecided.class)
			.matching(decided -> decided.contactId().equals(contact))
			.toArriveAndVerify(decided -> {
				assertThat(decided.childIds()).containsExactly(child.id());
				assertThat(decided.level()).isEqualTo(2);
				assertThat(decided.outcome()).isEqualTo(DecisionOutcome.EARLY_HELP);
				assertThat(decided.decidedBy()).isEqualTo(mash.id());
				assertThat(decided.referrerPractitionerId()).isEqualTo(teacher.id());
			});
	}

}
