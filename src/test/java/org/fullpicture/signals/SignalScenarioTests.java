package org.fullpicture.signals;

import java.time.LocalDate;

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

/**
 * Families written from the briefing's narratives, replayed through the API, and ordinary
 * families that must raise nothing: false alarms are what make practitioners ignore
 * alerts.
 */
@DatabaseTest
class SignalScenarioTests {

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

	@Test
	void aToddlerWhoseNurseryGpAndHealthVisitorEachSawSomethingIsSeenAsNeglect() throws Exception {
		Person toddler = family.child(LocalDate.now().minusMonths(30));
		family.record(toddler, HEALTH_VISITING, "MISSED_IMMUNISATION", 75);
		family.record(toddler, EARLY_YEARS, "CONCERN", 60);
		family.record(toddler, GP, "HEALTH_APPOINTMENT_NOT_BROUGHT", 45);
		family.record(toddler, EARLY_YEARS, "HUNGER", 20);
		family.record(toddler, HEALTH_VISITING, "DEVELOPMENTAL_DELAY", 5);

		assertThat(family.rulesFired(toddler)).containsExactly("neglect-indicators");
	}

	@Test
	void anAdolescentWhoSelfHarmsAndGoesMissingRaisesEverySignalOfThatPath() throws Exception {
		Person girl = family.child(LocalDate.now().minusYears(15));
		family.record(girl, SCHOOL, "SCHOOL_EXCLUSION", 70);
		family.record(girl, EMERGENCY_DEPARTMENT, "SELF_HARM", 60);
		family.record(girl, POLICE, "MISSING", 25, "10A");
		family.record(girl, POLICE, "MISSING", 15, "10A");
		family.record(girl, CAMHS, "SELF_HARM", 12);
		family.record(girl, POLICE, "OLDER_ASSOCIATES", 8);
		family.record(girl, POLICE, "MISSING", 3, "10A");

		assertThat(family.rulesFired(girl)).containsExactlyInAnyOrder("self-harm", "self-harm", "repeat-self-harm",
				"repeat-missing", "exploitation-indicators");
	}

	@Test
	void anUnbornBabyWhoseMotherFacesDomesticAbuseAndMentalIllHealthNeedsAPreBirthAssessment() throws Exception {
		Person baby = family.unborn(LocalDate.now().plusMonths(4));
		Person mother = family.livingWith(baby, LocalDate.now().minusYears(22));
		family.record(mother, POLICE, "DOMESTIC_ABUSE_INCIDENT", 40, "3B");
		family.record(baby, MIDWIFERY, "CONCERN", 10, "4B");

		assertThat(family.rulesFired(baby)).containsExactly("pre-birth");
	}

	@Test
	void ordinaryChildhoodsRaiseNothing() throws Exception {
		Person brokenArm = family.child(LocalDate.now().minusYears(8));
		family.record(brokenArm, EMERGENCY_DEPARTMENT, "INJURY_OR_EMERGENCY_ATTENDANCE", 30);
		family.record(brokenArm, GP, "HOME_VISIT", 20);
		family.record(brokenArm, SCHOOL, "MEETING", 10);

		Person worriedNote = family.child(LocalDate.now().minusYears(9));
		family.record(worriedNote, SCHOOL, "CONCERN", 5);

		Person moved = family.child(LocalDate.now().minusYears(4));
		family.record(moved, HOUSING, "HOUSE_MOVE", 40);
		family.record(moved, HEALTH_VISITING, "HOME_VISIT", 30);
		family.record(moved, EARLY_YEARS, "SERVICE_STARTED", 20);

		Person newSister = family.child(LocalDate.now().minusYears(3));
		Person baby = family.livingWith(newSister, LocalDate.now().minusDays(10));
		family.record(baby, MIDWIFERY, "BIRTH", 10);
		family.record(newSister, HEALTH_VISITING, "HOME_VISIT", 5);

		Person teenager = family.child(LocalDate.now().minusYears(15));
		family.record(teenager, POLICE, "ARREST", 200);
		family.record(teenager, SCHOOL, "ATTENDANCE_CONCERN", 60);

		for (Person child : new Person[] { brokenArm, worriedNote, moved, newSister, baby, teenager }) {
			assertThat(family.rulesFired(child)).as("signals for an ordinary childhood").isEmpty();
		}
	}

}
