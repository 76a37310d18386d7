package org.fullpicture.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.DecisionOutcome;
import org.fullpicture.frontdoor.Decisions;
import org.fullpicture.frontdoor.NewContact;
import org.fullpicture.frontdoor.NewDecision;
import org.fullpicture.frontdoor.Urgency;
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
 * Early help with the modules it needs: a front door decision of early help opens an
 * episode for the contact's children, once, and says so to the modules that listen.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@Import({ Fixtures.class, EmailSwitchedOff.class })
class EarlyHelpModuleTests {

	@Autowired
	Contacts contacts;

	@Autowired
	Decisions decisions;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFrontDoorDecisionOfEarlyHelpOpensAnEpisodeForTheContactsChildren(Scenario scenario) {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		String family = Fixtures.randomName();
		Person older = fixtures.child("Sam", family, LocalDate.now().minusYears(9), teacher.id());
		Person younger = fixtures.child("Lou", family, LocalDate.now().minusYears(6), teacher.id());
		UUID contact = contacts
			.make(new NewContact(List.of(older.id(), younger.id()), List.of(), null,
					"Both children are often late and tired.", "Mum says she cannot cope since the move.",
					"Support at home.", Consent.GIVEN, null, Urgency.LOW, null), teacher)
			.contact()
			.id();

		scenario
			.stimulate(() -> decisions.decide(contact,
					new NewDecision(2, DecisionOutcome.EARLY_HELP, "Mum asks for help with routines; no sign of harm.",
							null),
					mash))
			.andWaitForEventOfType(EpisodeOpened.class)
			.matching(opened -> contact.equals(opened.fromContactId()))
			.toArriveAndVerify(opened -> {
				assertThat(opened.childIds()).containsExactlyInAnyOrder(older.id(), younger.id());
				assertThat(opened.openedBy()).isEqualTo(mash.id());
			});
	}

}
