package org.fullpicture.linkage;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class MergeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	MatchReviews reviews;

	Agency school;

	Agency hospital;

	Practitioner teacher;

	Practitioner nurse;

	Practitioner mash;

	Person atSchool;

	Person atHospital;

	@BeforeEach
	void twoAgenciesRecordTheSameChild() throws Exception {
		school = fixtures.agency(AgencyType.SCHOOL);
		hospital = fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT);
		teacher = fixtures.practitioner(school);
		nurse = fixtures.practitioner(hospital);
		mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		atSchool = fixtures.child("Kayleigh-Marie", "Smith", LocalDate.of(2012, 7, 3), teacher.id());
		atHospital = fixtures.child("Kayleigh", "Smyth", LocalDate.of(2012, 3, 7), nurse.id());
		involve(atSchool, school);
		involve(atHospital, hospital);
		recordEntry(teacher, atSchool, "Arrived without breakfast again.");
		recordEntry(nurse, atHospital, "Attended with a burn to the forearm.");
	}

	@Test
	void aMergeKeepsBothRecordsAndTheChronologyFollowsThePerson() throws Exception {
		String link = merge(mash);

		mvc.perform(get("/api/v1/people/" + atHospital.id()).header("Authorization", fixtures.bearer(mvc, teacher)))
			.andExpect(jsonPath("$.access", is("full")))
			.andExpect(jsonPath("$.id", is(atSchool.id().toString())))
			.andExpect(jsonPath("$.sourceRecords", hasSize(2)))
			.andExpect(jsonPath("$.sourceRecords[*].recordedBy", hasItem(hospital.name())))
			.andExpect(jsonPath("$.sourceRecords[*].familyName", hasItem("Smyth")))
			.andExpect(jsonPath("$.otherNames[*].familyName", hasItem("Smyth")));
		mvc.perform(get("/api/v1/people/" + atSchool.id() + "/chronology").header("Authorization",
				fixtures.bearer(mvc, teacher)))
			.andExpect(jsonPath("$.totalEntries", is(2)))
			.andExpect(jsonPath("$.entries[*].text", hasItem("Attended with a burn to the forearm.")));
		assertThat(db.sql("SELECT COUNT(*) FROM person WHERE id IN (?, ?)")
			.params(atSchool.id(), atHospital.id())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(auditActions(atHospital.id())).contains("MERGED");
		assertThat(link).isNotBlank();
	}

	@Test
	void unmergeRestoresTheTwoRecordsExactly() throws Exception {
		String nurseBearer = fixtures.bearer(mvc, nurse);
		String before = mvc.perform(get("/api/v1/people/" + atHospital.id()).header("Authorization", nurseBearer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = merge(mash);

		mvc.perform(post("/api/v1/merges/" + link + "/undo").header("Authorization", fixtures.bearer(mvc, mash))
			.contentType("application/json")
			.content("{\"reason\":\"Different children: the hospital confirmed a twin\"}")).andExpect(status().isOk());

		String after = mvc.perform(get("/api/v1/people/" + atHospital.id()).header("Authorization", nurseBearer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).isEqualTo(before);
		mvc.perform(get("/api/v1/people/" + atSchool.id() + "/chronology").header("Authorization",
				fixtures.bearer(mvc, teacher)))
			.andExpect(jsonPath("$.totalEntries", is(1)));
		assertThat(auditActions(atHospital.id())).contains("MERGED", "UNMERGED");
	}

	@Test
	void onlyMashAndDataQualityStaffDecideMerges() throws Exception {
		mvc.perform(post("/api/v1/people/" + atSchool.id() + "/merges")
			.header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content("{\"personId\":\"" + atHospital.id() + "\",\"reason\":\"Looks the same\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/match-reviews").header("Authorization", fixtures.bearer(mvc, teacher)))
			.andExpect(status().isForbidden());
		Practitioner dataQuality = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.DATA_QUALITY);
		mvc.perform(get("/api/v1/match-reviews").header("Authorization", fixtures.bearer(mvc, dataQuality)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/match-reviews")).andExpect(status().isUnauthorized());
	}

	@Test
	void aReviewShowsBothSidesWithTheDifferencesAndItsDecisionMerges() throws Exception {
		UUID review = reviews.raise(atSchool.id(), atHospital.id(), 0.62, "date of birth: day and month swapped",
				"TEST");
		String mashBearer = fixtures.bearer(mvc, mash);

		mvc.perform(get("/api/v1/match-reviews/" + review).header("Authorization", mashBearer))
			.andExpect(jsonPath("$.existing.familyName", is("Smith")))
			.andExpect(jsonPath("$.candidate.familyName", is("Smyth")))
			.andExpect(jsonPath("$.differences", hasItem("dateOfBirth")))
			.andExpect(jsonPath("$.differences", hasItem("givenName")));
		mvc.perform(post("/api/v1/match-reviews/" + review + "/decision").header("Authorization", mashBearer)
			.contentType("application/json")
			.content("{\"decision\":\"SAME\",\"reason\":\"School and hospital confirmed the same child\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision", is("SAME")));
		mvc.perform(post("/api/v1/match-reviews/" + review + "/decision").header("Authorization", mashBearer)
			.contentType("application/json")
			.content("{\"decision\":\"NOT_SAME\",\"reason\":\"Changed my mind\"}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/people/" + atHospital.id()).header("Authorization", mashBearer))
			.andExpect(jsonPath("$.id", is(atSchool.id().toString())));
	}

	@Test
	void aDecisionWithAReasonTooLongToKeepIsRefusedAndTheReviewStaysOpen() throws Exception {
		UUID review = reviews.raise(atSchool.id(), atHospital.id(), 0.62, "date of birth: day and month swapped",
				"TEST");

		mvc.perform(post("/api/v1/match-reviews/" + review + "/decision")
			.header("Authorization", fixtures.bearer(mvc, mash))
			.contentType("application/json")
			.content("{\"decision\":\"NOT_SAME\",\"reason\":\"" + "Twins. ".repeat(143) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field", is("reason")))
			.andExpect(jsonPath("$.errors[0].message", is("The reason must be 1,000 characters or fewer")));

		assertThat(reviews.get(review).isOpen()).isTrue();
		assertThat(auditActions(atHospital.id())).doesNotContain("DECIDED_NOT_SAME");
	}

	private String merge(Practitioner by) throws Exception {
		String body = mvc
			.perform(post("/api/v1/people/" + atSchool.id() + "/merges")
				.header("Authorization", fixtures.bearer(mvc, by))
				.contentType("application/json")
				.content("{\"personId\":\"" + atHospital.id()
						+ "\",\"reason\":\"Same child: school and hospital confirmed\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
	}

	private void involve(Person person, Agency agency) {
		db.sql("INSERT INTO involvement (id, person_id, agency_id, from_date, reason) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), person.id(), agency.id(), LocalDate.of(2020, 1, 1), "Known")
			.update();
	}

	private void recordEntry(Practitioner p, Person child, String text) throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", fixtures.bearer(mvc, p))
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id()
					+ "\"],\"type\":\"CONCERN\",\"occurredAt\":\"2026-01-05T10:00:00Z\",\"text\":\"" + text + "\"}"))
			.andExpect(status().isCreated());
	}

	private java.util.List<String> auditActions(UUID personId) {
		return db.sql("SELECT action FROM audit_event WHERE person_id = ?").param(personId).query(String.class).list();
	}

}
