package org.fullpicture.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.agencies.AgencyType.CAMHS;
import static org.fullpicture.agencies.AgencyType.EARLY_YEARS;
import static org.fullpicture.agencies.AgencyType.EMERGENCY_DEPARTMENT;
import static org.fullpicture.agencies.AgencyType.GP;
import static org.fullpicture.agencies.AgencyType.HEALTH_VISITING;
import static org.fullpicture.agencies.AgencyType.HOUSING;
import static org.fullpicture.agencies.AgencyType.MIDWIFERY;
import static org.fullpicture.agencies.AgencyType.POLICE;
import static org.fullpicture.agencies.AgencyType.SCHOOL;
import static org.fullpicture.agencies.AgencyType.YOUTH_JUSTICE;

/**
 * Every rule fires at its threshold and not just below it, with exactly the entries that
 * made it fire as evidence.
 */
@DatabaseTest
class SignalRuleThresholdTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	Family family;

	@BeforeEach
	void setUp() {
		family = new Family(mvc, fixtures, people, db);
	}

	Person child() {
		return family.child(LocalDate.now().minusYears(6));
	}

	@Test
	void threeConcernsFromTwoAgenciesWithinNinetyDaysRaiseLowLevelConcernsWithExactlyThoseEntries() throws Exception {
		Person child = child();
		UUID first = family.record(child, SCHOOL, "CONCERN", 89.9);
		UUID second = family.record(child, GP, "CONCERN", 40);
		assertThat(family.signals(child, "low-level-concerns")).isEmpty();
		UUID third = family.record(child, SCHOOL, "CONCERN", 1);

		List<Map<String, Object>> signals = family.signals(child, "low-level-concerns");
		assertThat(signals).hasSize(1);
		assertThat(Family.evidence(signals.get(0))).containsExactlyInAnyOrder(first.toString(), second.toString(),
				third.toString());
		assertThat(signals.get(0)).containsEntry("status", "NEW")
			.containsEntry("ruleVersion", 1)
			.containsEntry("severity", "MEDIUM");
	}

	@Test
	void threeConcernsFromOneAgencyOrSpreadOverMoreThanNinetyDaysRaiseNothing() throws Exception {
		Person oneAgency = child();
		family.record(oneAgency, SCHOOL, "CONCERN", 30);
		family.record(oneAgency, SCHOOL, "CONCERN", 20);
		family.record(oneAgency, SCHOOL, "CONCERN", 10);
		assertThat(family.signals(oneAgency, "low-level-concerns")).isEmpty();

		Person spread = child();
		family.record(spread, SCHOOL, "CONCERN", 91);
		family.record(spread, GP, "CONCERN", 40);
		family.record(spread, SCHOOL, "CONCERN", 0.5);
		assertThat(family.signals(spread, "low-level-concerns")).isEmpty();
	}

	@Test
	void neglectIndicatorsFromTwoAgenciesRaiseASignalButFromOneAgencyDoNot() throws Exception {
		Person seenByTwo = child();
		UUID notBrought = family.record(seenByTwo, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 100);
		family.record(seenByTwo, HOUSING, "HOME_VISIT", 50);
		assertThat(family.signals(seenByTwo, "neglect-indicators")).isEmpty();
		UUID hunger = family.record(seenByTwo, SCHOOL, "HUNGER", 5);
		assertThat(Family.evidence(family.signals(seenByTwo, "neglect-indicators").get(0)))
			.containsExactlyInAnyOrder(notBrought.toString(), hunger.toString());

		Person seenByOne = child();
		family.record(seenByOne, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 100);
		family.record(seenByOne, GP, "MISSED_IMMUNISATION", 5);
		assertThat(family.signals(seenByOne, "neglect-indicators")).isEmpty();
	}

	@Test
	void threeFamilyAdversitiesRaiseCumulativeAdversityAndOneHouseMoveDoesNotCountAsTransience() throws Exception {
		Person child = child();
		UUID abuse = family.record(child, POLICE, "DOMESTIC_ABUSE_INCIDENT", 200);
		UUID mentalHealth = family.record(child, GP, "CONCERN", 150, "4B");
		UUID move = family.record(child, HOUSING, "HOUSE_MOVE", 100);
		assertThat(family.signals(child, "cumulative-adversity")).isEmpty();
		UUID secondMove = family.record(child, HOUSING, "HOUSE_MOVE", 10);

		assertThat(Family.evidence(family.signals(child, "cumulative-adversity").get(0))).containsExactlyInAnyOrder(
				abuse.toString(), mentalHealth.toString(), move.toString(), secondMove.toString());
	}

	@Test
	void adversitiesRecordedAboutAnyoneInTheHouseholdCountForTheChild() throws Exception {
		Person child = child();
		Person mother = family.livingWith(child, LocalDate.now().minusYears(30));
		family.record(mother, POLICE, "DOMESTIC_ABUSE_INCIDENT", 20);
		family.record(mother, GP, "PARENTAL_CHILDHOOD_ADVERSITY", 15);
		family.record(child, HOUSING, "FINANCIAL_HARDSHIP", 1);
		assertThat(family.signals(child, "cumulative-adversity")).hasSize(1);
	}

	@Test
	void aHouseMoveAfterTwoSignsOfNeglectAsksForAReviewButAfterOneItDoesNot() throws Exception {
		Person child = child();
		UUID dental = family.record(child, HEALTH_VISITING, "DENTAL_DECAY", 60);
		UUID notBrought = family.record(child, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 89);
		UUID move = family.record(child, HOUSING, "HOUSE_MOVE", 2);
		assertThat(Family.evidence(family.signals(child, "change-of-circumstances").get(0)))
			.containsExactlyInAnyOrder(dental.toString(), notBrought.toString(), move.toString());

		// one routine sign of neglect is not neglect "open"
		Person oneSign = child();
		family.record(oneSign, SCHOOL, "ATTENDANCE_CONCERN", 30);
		family.record(oneSign, HOUSING, "HOUSE_MOVE", 2);
		assertThat(family.signals(oneSign, "change-of-circumstances")).isEmpty();

		// the second sign fell just outside the 90 days before the move
		Person settled = child();
		family.record(settled, HEALTH_VISITING, "DENTAL_DECAY", 60);
		family.record(settled, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 93);
		family.record(settled, HOUSING, "HOUSE_MOVE", 2);
		assertThat(family.signals(settled, "change-of-circumstances")).isEmpty();
	}

	@Test
	void aNewAdultAfterOneDomesticAbuseIncidentAsksForAReviewAndALaterMoveAddsToTheSameSignal() throws Exception {
		Person child = child();
		UUID abuse = family.record(child, POLICE, "DOMESTIC_ABUSE_INCIDENT", 50);
		UUID newAdult = family.record(child, HOUSING, "HOUSEHOLD_CHANGE", 20);
		assertThat(Family.evidence(family.signals(child, "change-of-circumstances").get(0)))
			.containsExactlyInAnyOrder(abuse.toString(), newAdult.toString());
		UUID move = family.record(child, HOUSING, "HOUSE_MOVE", 5);

		List<Map<String, Object>> signals = family.signals(child, "change-of-circumstances");
		assertThat(signals).hasSize(1);
		assertThat(Family.evidence(signals.get(0))).containsExactlyInAnyOrder(abuse.toString(), newAdult.toString(),
				move.toString());
	}

	@Test
	void anEntryAboutAParentOrABabyCountsForEveryChildOfTheHousehold() throws Exception {
		Person elder = child();
		Person younger = family.livingWith(elder, LocalDate.now().minusYears(2));
		Person mother = family.livingWith(elder, LocalDate.now().minusYears(30));
		UUID abuse = family.record(mother, POLICE, "DOMESTIC_ABUSE_INCIDENT", 20);
		UUID adversity = family.record(mother, GP, "PARENTAL_CHILDHOOD_ADVERSITY", 15);
		UUID hardship = family.record(elder, HOUSING, "FINANCIAL_HARDSHIP", 1);
		for (Person child : List.of(elder, younger)) {
			assertThat(Family.evidence(family.signals(child, "cumulative-adversity").get(0)))
				.as("the household's adversities count for each child")
				.containsExactlyInAnyOrder(abuse.toString(), adversity.toString(), hardship.toString());
		}

		// a new baby, recorded about the baby only, is a change for the brother too
		Person brother = child();
		family.record(brother, HEALTH_VISITING, "DENTAL_DECAY", 40);
		family.record(brother, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 30);
		Person baby = family.livingWith(brother, LocalDate.now().minusDays(3));
		UUID birth = family.record(baby, MIDWIFERY, "BIRTH", 3);
		assertThat(Family.evidence(family.signals(brother, "change-of-circumstances").get(0)))
			.contains(birth.toString());
	}

	@Test
	void anUnbornBabyWithTwoParentalAdversitiesNeedsAPreBirthAssessmentAndWithOneDoesNot() throws Exception {
		Person baby = family.unborn(LocalDate.now().plusMonths(3));
		UUID drugs = family.record(baby, MIDWIFERY, "CONCERN", 30, "2B");
		assertThat(family.signals(baby, "pre-birth")).isEmpty();
		UUID isolated = family.record(baby, MIDWIFERY, "SOCIAL_ISOLATION", 3);
		assertThat(Family.evidence(family.signals(baby, "pre-birth").get(0)))
			.containsExactlyInAnyOrder(drugs.toString(), isolated.toString());

		Person born = child();
		family.record(born, MIDWIFERY, "CONCERN", 30, "2B");
		family.record(born, MIDWIFERY, "SOCIAL_ISOLATION", 3);
		assertThat(family.signals(born, "pre-birth")).isEmpty();
	}

	@Test
	void everySelfHarmIsASignalAndTwoWithinNinetyDaysPromptAStrategyDiscussion() throws Exception {
		Person child = family.child(LocalDate.now().minusYears(15));
		UUID first = family.record(child, EMERGENCY_DEPARTMENT, "SELF_HARM", 95);
		UUID second = family.record(child, CAMHS, "SELF_HARM", 4.5);
		assertThat(family.signals(child, "self-harm")).hasSize(2);
		assertThat(family.signals(child, "repeat-self-harm")).isEmpty();
		UUID third = family.record(child, SCHOOL, "CONCERN", 4, "15A");

		assertThat(family.signals(child, "self-harm")).hasSize(3);
		assertThat(Family.evidence(family.signals(child, "repeat-self-harm").get(0)))
			.containsExactlyInAnyOrder(second.toString(), third.toString())
			.doesNotContain(first.toString());
	}

	@Test
	void threeDifferentSignsOfExploitationWithinNinetyDaysPromptScreeningButThreeArrestsDoNot() throws Exception {
		Person boy = family.child(LocalDate.now().minusYears(14));
		UUID excluded = family.record(boy, SCHOOL, "SCHOOL_EXCLUSION", 80);
		UUID money = family.record(boy, YOUTH_JUSTICE, "UNEXPLAINED_MONEY_OR_GOODS", 30);
		family.record(boy, POLICE, "ARREST", 125);
		assertThat(family.signals(boy, "exploitation-indicators")).isEmpty();
		UUID associates = family.record(boy, POLICE, "OLDER_ASSOCIATES", 2);
		assertThat(Family.evidence(family.signals(boy, "exploitation-indicators").get(0)))
			.containsExactlyInAnyOrder(excluded.toString(), money.toString(), associates.toString());

		Person other = family.child(LocalDate.now().minusYears(14));
		family.record(other, POLICE, "ARREST", 30);
		family.record(other, POLICE, "ARREST", 20);
		family.record(other, POLICE, "ARREST", 10);
		assertThat(family.signals(other, "exploitation-indicators")).isEmpty();
	}

	@Test
	void earlyYearsConcernsCountAsAnyOtherAgencysConcerns() throws Exception {
		Person toddler = family.child(LocalDate.now().minusYears(2));
		family.record(toddler, EARLY_YEARS, "CONCERN", 20);
		family.record(toddler, HEALTH_VISITING, "CONCERN", 10);
		family.record(toddler, EARLY_YEARS, "ATTENDANCE_CONCERN", 1);
		assertThat(family.signals(toddler, "low-level-concerns")).hasSize(1);
	}

}
