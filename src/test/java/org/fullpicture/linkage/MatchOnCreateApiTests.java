package org.fullpicture.linkage;

import java.time.LocalDate;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.BulkIntake;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class MatchOnCreateApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Agency school;

	Practitioner teacher;

	String existingId;

	String family;

	String street;

	String postcode;

	/**
	 * A date of birth of this test's own, so that other tests' children never match by
	 * chance.
	 */
	LocalDate born;

	@BeforeEach
	void theSchoolHasRecordedAChild() throws Exception {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		family = Fixtures.randomName();
		street = "1 " + Fixtures.randomName() + " Road";
		postcode = Fixtures.randomPostcode();
		java.util.Random random = new java.util.Random();
		int month = 1 + random.nextInt(8);
		born = LocalDate.of(2004 + random.nextInt(12), month, month + 1 + random.nextInt(12 - month));
		existingId = idOf(
				create(teacher, person("Kayleigh-Marie", family, born.toString(), street, postcode)).andReturn()
					.getResponse()
					.getContentAsString());
	}

	@Test
	void aNearCertainMatchUsesTheExistingRecordAndSaysSo() throws Exception {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		create(nurse, person("Kayleigh-Marie", family, born.toString(), street, postcode)).andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is(existingId)))
			.andExpect(jsonPath("$.outcome", is("EXISTING_RECORD_USED")))
			.andExpect(jsonPath("$.message").isNotEmpty());
		// finding the record is not a reason to read it
		mvc.perform(get("/api/v1/people/" + existingId).header("Authorization", fixtures.bearer(mvc, nurse)))
			.andExpect(jsonPath("$.access", is("known-to")));
	}

	@Test
	void aPossibleMatchIsRecordedNewAndSentForReviewWithItsReasons() throws Exception {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		String newId = idOf(create(nurse,
				person("Kayleigh", family, born.withMonth(born.getMonthValue() + 1).toString(),
						"9 " + Fixtures.randomName() + " Street", Fixtures.randomPostcodeAwayFromLeeds()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome", is("QUEUED_FOR_REVIEW")))
			.andReturn()
			.getResponse()
			.getContentAsString());

		Practitioner mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		mvc.perform(
				get("/api/v1/match-reviews").param("size", "200").header("Authorization", fixtures.bearer(mvc, mash)))
			.andExpect(jsonPath("$.reviews[?(@.candidate.id == '" + newId + "')].existing.id", hasItem(existingId)))
			.andExpect(jsonPath("$.reviews[?(@.candidate.id == '" + newId + "')].reasons",
					hasItem(containsString("date of birth"))));
	}

	@Test
	void theSameChildRecordedWithDayAndMonthSwappedAndAHyphenatedNameIsFound() throws Exception {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		create(nurse,
				person("Kayleigh", family, swapped(born), "9 " + Fixtures.randomName() + " Street",
						Fixtures.randomPostcodeAwayFromLeeds()))
			.andExpect(jsonPath("$.id", is(existingId)))
			.andExpect(jsonPath("$.candidates[0].reasons[*].level", hasItem(containsString("swapped"))));
	}

	@Test
	void theModelIsFittedOnABoundedSampleOfTheIndex(@Autowired org.fullpicture.people.PersonMatching matching) {
		var sample = matching.sampleOfIndex(2);
		assertThat(sample).hasSize(2).allSatisfy(r -> assertThat(r.familyName()).isNotBlank());
	}

	@Test
	void aMisspeltFamilyNameWithABirthDateOneDigitOutIsStillFound() throws Exception {
		// 'Smith…' and 'Smyth…' sound alike; their keys differ, as do the birth dates and
		// postcodes
		String suffix = Fixtures.randomName().toLowerCase();
		LocalDate smithBorn = born.plusYears(1);
		String smith = idOf(create(teacher,
				person("Kayleigh", "Smith" + suffix, smithBorn.toString(), "3 " + Fixtures.randomName() + " Road",
						Fixtures.randomPostcode()))
			.andExpect(jsonPath("$.outcome", is("CREATED")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(post("/api/v1/people/matches").header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content(person("Kayleigh", "Smyth" + suffix, smithBorn.withMonth(smithBorn.getMonthValue() + 1).toString(),
					"9 " + Fixtures.randomName() + " Street", Fixtures.randomPostcodeAwayFromLeeds())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[*].id", hasItem(smith)));
	}

	@Test
	void aTwinWithAnAlikeNameIsRecordedNewAndSentForReviewNotPutOnHerSistersRecord() throws Exception {
		String twins = Fixtures.randomName();
		String home = "7 " + Fixtures.randomName() + " Close";
		String lily = idOf(
				create(teacher, person("Lily", twins, born.plusYears(1).toString(), home, postcode)).andReturn()
					.getResponse()
					.getContentAsString());

		String lila = idOf(create(teacher, person("Lila", twins, born.plusYears(1).toString(), home, postcode))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome", is("QUEUED_FOR_REVIEW")))
			.andExpect(jsonPath("$.candidates[0].id", is(lily)))
			.andExpect(jsonPath("$.candidates[0].reasons[*].level", hasItem(containsString("may be twins"))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(lila).isNotEqualTo(lily);
	}

	@Test
	void someoneElseIsRecordedNew() throws Exception {
		create(teacher, person("Jordan", Fixtures.randomName(), "2010-01-30", "4 Hill Top", Fixtures.randomPostcode()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome", is("CREATED")));
	}

	@Test
	void matchesAreShownWithTheirReasonsAndNothingIsRecorded() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
		mvc.perform(post("/api/v1/people/matches").header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("application/json")
			.content(person("Kayleigh", family, born.withMonth(born.getMonthValue() + 1).toString(),
					"9 " + Fixtures.randomName() + " Street", Fixtures.randomPostcodeAwayFromLeeds())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[0].id", is(existingId)))
			.andExpect(jsonPath("$.candidates[0].probability").isNumber())
			.andExpect(jsonPath("$.candidates[0].reasons[*].comparison").isNotEmpty());
		assertThat(db.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/api/v1/people/matches").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aBulkFileIsLinkedInTheBackgroundWithProgressAndASummary() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		String csv = "given_name,family_name,date_of_birth,sex,nhs_number,address_line1,postcode\n" + "Kayleigh-Marie,"
				+ family + "," + born + ",F,," + street + "," + postcode + "\n" + "Ravi," + Fixtures.randomName()
				+ ",3/4/2013,M,,12 Station Road,B33 8TH\n" + "Bad,Number,2011-01-01,F,943 476 5910,,\n";
		String bearer = fixtures.bearer(mvc, dataQuality);
		String body = mvc
			.perform(post("/api/v1/linkage-jobs").header("Authorization", bearer)
				.header("X-File-Name", "school-roll.csv")
				.contentType("text/csv")
				.content(csv))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = awaitFinished(body, bearer);

		mvc.perform(get("/api/v1/linkage-jobs/" + job).header("Authorization", bearer))
			.andExpect(jsonPath("$.job.totalRows", is(3)))
			.andExpect(jsonPath("$.job.linked", is(1)))
			.andExpect(jsonPath("$.job.created", is(1)))
			.andExpect(jsonPath("$.job.failed", is(1)))
			.andExpect(jsonPath("$.percentDone", is(100)))
			.andExpect(jsonPath("$.errors[0].row", is(4)))
			.andExpect(jsonPath("$.errors[0].field", is("nhsNumber")));
	}

	@Test
	void aRowWithATownDateOrPostcodeTooLongToKeepFailsAloneAndTheJobFinishes() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		String csv = "given_name,family_name,date_of_birth,address_line1,town,postcode\n" + "Ravi,"
				+ Fixtures.randomName() + ",2013-04-03,12 Station Road," + "Leeds".repeat(21) + ",B33 8TH\n" + "Ola,"
				+ Fixtures.randomName() + "," + "2013-04-03".repeat(120) + ",,,\n" + "Kai," + Fixtures.randomName()
				+ ",2013-04-03,3 Station Road,," + "LS1 4AP".repeat(200) + "\n";
		String bearer = fixtures.bearer(mvc, dataQuality);
		String body = mvc
			.perform(post("/api/v1/linkage-jobs").header("Authorization", bearer).contentType("text/csv").content(csv))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = awaitFinished(body, bearer);

		mvc.perform(get("/api/v1/linkage-jobs/" + job).header("Authorization", bearer))
			.andExpect(jsonPath("$.job.failed", is(3)))
			.andExpect(jsonPath("$.errors[0].field", is("address.town")))
			.andExpect(jsonPath("$.errors[0].message", is("Town must be 100 characters or fewer")))
			.andExpect(jsonPath("$.errors[1].field", is("date_of_birth")))
			.andExpect(jsonPath("$.errors[1].message", is("This is not a date like 2012-03-07 or 7/3/2012")))
			.andExpect(jsonPath("$.errors[2].field", is("address.postcode")))
			.andExpect(jsonPath("$.errors[2].message", is("This is not the shape of a UK postcode, like SW1A 2AA")));
	}

	@Test
	void aFileNameTooLongToKeepIsRefusedAndNoJobStarts() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		mvc.perform(post("/api/v1/linkage-jobs").header("Authorization", fixtures.bearer(mvc, dataQuality))
			.header("X-File-Name", "school-roll-".repeat(17) + ".csv")
			.contentType("text/csv")
			.content("given_name,family_name,date_of_birth\nA,B,2010-01-01\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field", is("X-File-Name")))
			.andExpect(jsonPath("$.errors[0].message", is("The file name must be 200 characters or fewer")));
		assertThat(jobsStartedBy(dataQuality)).isZero();
	}

	@Test
	void aFileLargerThanAnyOtherRequestIsReadToTheEndAndRefusedByItsCountOfRecords() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		StringBuilder csv = new StringBuilder("given_name,family_name,date_of_birth,address_line1,postcode\n");
		for (int i = 0; i <= BulkIntake.MAX_ROWS; i++) {
			csv.append("Alex,Row").append(i).append(",2010-01-01,12 Station Road,B33 8TH\n");
		}
		assertThat(csv.length()).as("above the 4 MB limit of other requests").isGreaterThan(4_000_000);
		mvc.perform(post("/api/v1/linkage-jobs").header("Authorization", fixtures.bearer(mvc, dataQuality))
			.contentType("text/csv")
			.content(csv.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(
					jsonPath("$.errors[0].message", is("A file can have at most 100,000 records; this one has more")));
		assertThat(jobsStartedBy(dataQuality)).isZero();
	}

	@Test
	void aFileSavedWithAByteOrderMarkIsReadByItsHeader() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		String bearer = fixtures.bearer(mvc, dataQuality);
		String body = mvc
			.perform(post("/api/v1/linkage-jobs").header("Authorization", bearer)
				.contentType("text/csv")
				.content("\uFEFFgiven_name,family_name,date_of_birth\nAlex," + Fixtures.randomName() + ",2010-01-01\n"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = awaitFinished(body, bearer);
		mvc.perform(get("/api/v1/linkage-jobs/" + job).header("Authorization", bearer))
			.andExpect(jsonPath("$.job.totalRows", is(1)))
			.andExpect(jsonPath("$.job.created", is(1)))
			.andExpect(jsonPath("$.job.failed", is(0)));
	}

	@Test
	void aBulkFileNeedsTheRightColumnsAndTheRightRole() throws Exception {
		Practitioner dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		mvc.perform(post("/api/v1/linkage-jobs").header("Authorization", fixtures.bearer(mvc, dataQuality))
			.contentType("text/csv")
			.content("first,last\nA,B\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(jsonPath("$.errors[0].message", containsString("date_of_birth")));
		mvc.perform(post("/api/v1/linkage-jobs").header("Authorization", fixtures.bearer(mvc, teacher))
			.contentType("text/csv")
			.content("given_name,family_name,date_of_birth\nA,B,2010-01-01\n")).andExpect(status().isForbidden());
	}

	/** The job's id, once it has finished. */
	private String awaitFinished(String startedBody, String bearer) throws Exception {
		String job = startedBody.replaceAll("^\\{\"job\":\\{\"id\":\"([^\"]+)\".*", "$1");
		for (int i = 0; i < 100; i++) {
			String now = mvc.perform(get("/api/v1/linkage-jobs/" + job).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (now.contains("\"status\":\"FINISHED\"")) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the job did not finish");
	}

	private org.springframework.test.web.servlet.ResultActions create(Practitioner by, String json) throws Exception {
		return mvc.perform(post("/api/v1/people").header("Authorization", fixtures.bearer(mvc, by))
			.contentType("application/json")
			.content(json));
	}

	private static String person(String given, String family, String dob, String line1, String postcode) {
		return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + dob
				+ "\",\"sex\":\"FEMALE\",\"address\":{\"line1\":\"" + line1 + "\",\"postcode\":\"" + postcode + "\"}}";
	}

	private static String swapped(LocalDate day) {
		return LocalDate.of(day.getYear(), day.getDayOfMonth(), day.getMonthValue()).toString();
	}

	private static String idOf(String json) {
		return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
	}

	private long jobsStartedBy(Practitioner practitioner) {
		return db.sql("SELECT COUNT(*) FROM linkage_job WHERE started_by = ?")
			.param(practitioner.id())
			.query(Long.class)
			.single();
	}

}
