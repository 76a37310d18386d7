package org.fullpicture.people;

import java.time.LocalDate;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class PeopleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	Involvements involvements;

	Agency school;

	Practitioner teacher;

	String bearer;

	@BeforeEach
	void signIn() throws Exception {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		bearer = fixtures.bearer(mvc, teacher);
	}

	@Test
	void recordsAChildAndShowsTheFullRecordToTheAgencyWorkingWithThem() throws Exception {
		String nhs = Fixtures.nhsNumber();
		String id = createChild(
				"{\"givenName\":\"Amara\",\"familyName\":\"Okafor-Test\",\"dateOfBirth\":\"2015-04-02\","
						+ "\"sex\":\"FEMALE\",\"nhsNumber\":\"" + nhs
						+ "\",\"address\":{\"line1\":\"1 Elm Road\",\"postcode\":\"ls1 4ap\"}}");

		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access", is("full")))
			.andExpect(jsonPath("$.nhsNumber", is(NhsNumber.format(nhs))))
			.andExpect(jsonPath("$.addresses[0].postcode", is("LS1 4AP")))
			.andExpect(jsonPath("$.involvements[0].agency.agency", is(school.name())));
	}

	@Test
	void aPractitionerFromAnUninvolvedAgencySeesOnlyWhoKnowsTheChild() throws Exception {
		String id = createChild("""
				{"givenName":"Bea","familyName":"Known","dateOfBirth":"2016-01-01","sex":"FEMALE"}""");
		Practitioner housingOfficer = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));

		mvc.perform(get("/api/v1/people/" + id).header("Authorization", fixtures.bearer(mvc, housingOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access", is("known-to")))
			.andExpect(jsonPath("$.involvedAgencies[0].safeguardingContact", is(school.safeguardingContact())))
			.andExpect(jsonPath("$.addresses").doesNotExist())
			.andExpect(jsonPath("$.nhsNumber").doesNotExist());
	}

	@Test
	void refusesAnNhsNumberThatFailsItsCheckDigitAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/people").header("Authorization", bearer).contentType("application/json").content("""
				{"givenName":"Cal","familyName":"Checkdigit","dateOfBirth":"2014-02-02","nhsNumber":"943 476 5910"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field", is("nhsNumber")))
			.andExpect(jsonPath("$.errors[0].message", is("943 476 5910 fails its check digit")));

		mvc.perform(get("/api/v1/people").param("familyName", "Checkdigit")
			.param("dateOfBirth", "2014-02-02")
			.header("Authorization", bearer)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void namesEveryBrokenRule() throws Exception {
		mvc.perform(post("/api/v1/people").header("Authorization", bearer).contentType("application/json").content("""
				{"givenName":"","familyName":"X","upn":"A123","address":{"line1":"2 Road","postcode":"QQ1 1AA"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("upn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("address.postcode")));
	}

	@Test
	void findsAChildByNameAndDateOfBirthOrNhsNumber() throws Exception {
		String family = Fixtures.randomName();
		String nhs = Fixtures.nhsNumber();
		String id = createChild("{\"givenName\":\"Dee\",\"familyName\":\"" + family
				+ "\",\"dateOfBirth\":\"2013-03-07\",\"nhsNumber\":\"" + nhs + "\"}");

		mvc.perform(get("/api/v1/people").param("familyName", family.toUpperCase())
			.param("dateOfBirth", "2013-03-07")
			.header("Authorization", bearer)).andExpect(jsonPath("$[0].id", is(id)));
		mvc.perform(get("/api/v1/people").param("nhsNumber", NhsNumber.format(nhs)).header("Authorization", bearer))
			.andExpect(jsonPath("$[0].id", is(id)));
	}

	@Test
	void refusesCallsWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/people").param("nhsNumber", "9434765919")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/people").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongPasswordGetsNoToken() throws Exception {
		mvc.perform(post("/api/v1/tokens").contentType("application/json")
			.content("{\"username\":\"" + teacher.username() + "\",\"password\":\"wrong\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRelationshipIsHeldOnceAndShownFromBothSidesWithTheHousehold() throws Exception {
		String address = "\"address\":{\"line1\":\"" + Fixtures.unique() + " Mill Lane\",\"postcode\":\"M1 1AE\"}";
		String mother = createChild(
				"{\"givenName\":\"Eve\",\"familyName\":\"Network\",\"dateOfBirth\":\"1990-01-01\"," + address + "}");
		String baby = createChild(
				"{\"givenName\":\"Finn\",\"familyName\":\"Network\",\"dateOfBirth\":\"2025-08-01\"," + address + "}");
		String lodger = createChild(
				"{\"givenName\":\"Gus\",\"familyName\":\"Lodger\",\"dateOfBirth\":\"1980-01-01\"," + address + "}");

		mvc.perform(post("/api/v1/people/" + baby + "/relationships").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"personId\":\"" + mother + "\",\"type\":\"PARENT\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/people/" + mother + "/relationships").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"personId\":\"" + baby + "\",\"type\":\"SIBLING\"}")).andExpect(status().isConflict());

		mvc.perform(get("/api/v1/people/" + baby).header("Authorization", bearer))
			.andExpect(jsonPath("$.familyNetwork[?(@.id == '" + mother + "')].relationship", hasItem("Parent")))
			.andExpect(jsonPath("$.familyNetwork[?(@.id == '" + lodger + "')].relationship",
					hasItem("Lives at the same address")))
			.andExpect(jsonPath("$.familyNetwork[?(@.id == '" + mother + "')].inHousehold", hasItem(true)));
		mvc.perform(get("/api/v1/people/" + mother).header("Authorization", bearer))
			.andExpect(jsonPath("$.familyNetwork[?(@.id == '" + baby + "')].relationship", hasItem("Child")));
	}

	@Test
	void aMoveEndsTheOldAddressAndTakesThePersonOutOfTheOldHousehold() throws Exception {
		String address = "\"address\":{\"line1\":\"" + Fixtures.unique()
				+ " Old Road\",\"postcode\":\"B33 8TH\",\"from\":\"2020-01-01\"}";
		String child = createChild(
				"{\"givenName\":\"Hal\",\"familyName\":\"Mover\",\"dateOfBirth\":\"2015-01-01\"," + address + "}");
		String brother = createChild(
				"{\"givenName\":\"Ian\",\"familyName\":\"Mover\",\"dateOfBirth\":\"2016-01-01\"," + address + "}");

		mvc.perform(post("/api/v1/people/" + child + "/addresses").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"line1\":\"9 New Street\",\"postcode\":\"CR2 6XH\",\"from\":\"2026-01-10\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/people/" + child).header("Authorization", bearer))
			.andExpect(jsonPath("$.addresses", hasSize(2)))
			.andExpect(jsonPath("$.addresses[0].postcode", is("CR2 6XH")))
			.andExpect(jsonPath("$.addresses[1].to", is("2026-01-09")))
			.andExpect(jsonPath("$.familyNetwork[?(@.id == '" + brother + "')]").isEmpty());
	}

	@Test
	void aChangeOfSchoolEndsTheOldPlacementAndKeepsTheHistory() throws Exception {
		Agency oldSchool = fixtures.agency(AgencyType.SCHOOL);
		Agency college = fixtures.agency(AgencyType.COLLEGE);
		String id = createChild("{\"givenName\":\"Mo\",\"familyName\":\"" + Fixtures.randomName()
				+ "\",\"dateOfBirth\":\"2009-04-04\"}");
		String move = "/api/v1/people/" + id + "/education";
		mvc.perform(post(move).header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"settingId\":\"" + oldSchool.id() + "\",\"from\":\"2020-09-01\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(post(move).header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"settingId\":\"" + college.id() + "\",\"from\":\"2019-09-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")));

		mvc.perform(post(move).header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"settingId\":\"" + fixtures.agency(AgencyType.POLICE).id() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("settingId")));
		mvc.perform(post(move)
			.header("Authorization", fixtures.bearer(mvc, fixtures.practitioner(fixtures.agency(AgencyType.GP))))
			.contentType("application/json")
			.content("{\"settingId\":\"" + college.id() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post(move).header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"settingId\":\"" + college.id() + "\",\"from\":\"2025-09-01\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.education[0].settingName", is(college.name())))
			.andExpect(jsonPath("$.education[1].settingName", is(oldSchool.name())))
			.andExpect(jsonPath("$.education[1].to", is("2025-08-31")));
	}

	@Test
	void anUnbornChildIsRecordedWithAnExpectedDateOfDelivery() throws Exception {
		String edd = LocalDate.now().plusMonths(3).toString();
		String id = createChild(
				"{\"givenName\":\"Baby\",\"familyName\":\"Unborn\",\"expectedDeliveryDate\":\"" + edd + "\"}");
		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.expectedDeliveryDate", is(edd)))
			.andExpect(jsonPath("$.dateOfBirth").doesNotExist());
	}

	@Test
	void practitionersRecordInvolvementsForTheirOwnAgencyOnly() throws Exception {
		String id = createChild("{\"givenName\":\"Jo\",\"familyName\":\"Involved\",\"dateOfBirth\":\"2012-01-01\"}");
		Agency camhs = fixtures.agency(AgencyType.CAMHS);

		mvc.perform(post("/api/v1/people/" + id + "/involvements").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"agencyId\":\"" + camhs.id() + "\",\"from\":\"2026-01-01\",\"reason\":\"Referral\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people/" + id + "/involvements")
			.header("Authorization", fixtures.bearer(mvc, fixtures.practitioner(camhs)))
			.contentType("application/json")
			.content("{\"agencyId\":\"" + camhs.id()
					+ "\",\"from\":\"2026-01-01\",\"to\":\"2025-01-01\",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("to")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
	}

	@Test
	void anAgencyEndsItsOwnInvolvementAndNobodyElsesAndAnEndedInvolvementGivesNoAccess() throws Exception {
		String id = createChild("{\"givenName\":\"Lu\",\"familyName\":\"Ending\",\"dateOfBirth\":\"2012-01-01\"}");
		Agency housing = fixtures.agency(AgencyType.HOUSING);
		Practitioner housingOfficer = fixtures.practitioner(housing);
		String housingBearer = fixtures.bearer(mvc, housingOfficer);
		String involvement = mvc
			.perform(post("/api/v1/people/" + id + "/involvements").header("Authorization", housingBearer)
				.contentType("application/json")
				.content("{\"agencyId\":\"" + housing.id() + "\",\"practitionerId\":\"" + housingOfficer.id()
						+ "\",\"from\":\"2025-01-01\",\"reason\":\"Tenancy support for the family\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
		String end = "/api/v1/people/" + id + "/involvements/" + involvement + "/end";

		mvc.perform(post(end).header("Authorization", bearer).contentType("application/json").content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(end).header("Authorization", housingBearer)
			.contentType("application/json")
			.content("{\"to\":\"2024-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("to")));
		mvc.perform(post(end).header("Authorization", housingBearer)
			.contentType("application/json")
			.content("{\"to\":\"2025-06-30\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.to", is("2025-06-30")));
		mvc.perform(get("/api/v1/people/" + id).header("Authorization", housingBearer))
			.andExpect(jsonPath("$.access", is("known-to")));
	}

	@Test
	void aSecondLineOrTownTooLongToKeepIsRefusedByFieldAndNothingIsStored() throws Exception {
		String family = Fixtures.randomName();
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content("""
					{"givenName":"Tam","familyName":"%s","dateOfBirth":"2014-05-06",
					 "address":{"line1":"1 Elm Road","line2":"%s","town":"%s","postcode":"LS1 4AP"}}"""
				.formatted(family, "Flat ".repeat(41), "Leeds".repeat(21))))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'address.line2')].message",
					contains("Address line 2 must be 200 characters or fewer")))
			.andExpect(jsonPath("$.errors[?(@.field == 'address.town')].message",
					contains("Town must be 100 characters or fewer")));

		mvc.perform(get("/api/v1/people").param("familyName", family)
			.param("dateOfBirth", "2014-05-06")
			.header("Authorization", bearer)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aMoveToAnAddressWithATownTooLongIsRefusedAndTheCurrentAddressStays() throws Exception {
		String id = createChild("""
				{"givenName":"Mo","familyName":"%s","dateOfBirth":"2013-01-01",
				 "address":{"line1":"1 Elm Road","town":"Leeds","postcode":"LS1 4AP"}}"""
			.formatted(Fixtures.randomName()));

		mvc.perform(post("/api/v1/people/" + id + "/addresses").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"line1\":\"2 New Road\",\"town\":\"" + "Leeds".repeat(21) + "\",\"postcode\":\"LS2 7EY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field", is("town")))
			.andExpect(jsonPath("$.errors[0].message", is("Town must be 100 characters or fewer")));

		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.addresses", hasSize(1)))
			.andExpect(jsonPath("$.addresses[0].line1", is("1 Elm Road")))
			.andExpect(jsonPath("$.addresses[0].to").doesNotExist());
	}

	@Test
	void anInvolvementNamingAPractitionerWhoIsNotRecordedIsRefusedAndNothingIsStored() throws Exception {
		String id = createChild("{\"givenName\":\"Pat\",\"familyName\":\"" + Fixtures.randomName()
				+ "\",\"dateOfBirth\":\"2012-01-01\"}");
		Agency camhs = fixtures.agency(AgencyType.CAMHS);

		mvc.perform(post("/api/v1/people/" + id + "/involvements")
			.header("Authorization", fixtures.bearer(mvc, fixtures.practitioner(camhs)))
			.contentType("application/json")
			.content("{\"agencyId\":\"" + camhs.id() + "\",\"practitionerId\":\"" + java.util.UUID.randomUUID()
					+ "\",\"from\":\"2026-01-01\",\"reason\":\"Referred by the GP for anxiety\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field", is("practitionerId")))
			.andExpect(jsonPath("$.errors[0].message", is("Choose a practitioner of the agency that is involved")));

		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.involvements[*].agency.agency", contains(school.name())));
	}

	@Test
	void aNullAmongOtherNamesIsRefusedByItsPlaceInTheListAndNothingIsStored() throws Exception {
		String family = Fixtures.randomName();
		String json = """
				{"givenName":"Ola","familyName":"%s","dateOfBirth":"2014-05-06",
				 "otherNames":[{"kind":"ALIAS","givenName":"Oli","familyName":"%s"},null]}""".formatted(family, family);
		for (String path : new String[] { "/api/v1/people", "/api/v1/people/matches" }) {
			mvc.perform(post(path).header("Authorization", bearer).contentType("application/json").content(json))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", "application/problem+json"))
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].field", is("otherNames[1]")))
				.andExpect(jsonPath("$.errors[0].message", is("Enter the other name, or leave it out")));
		}
		assertNobodyCalled("Ola", family, "2014-05-06");
	}

	@Test
	void datesOutsideTheirSensibleRangeAreRefusedByFieldAndNothingIsStored() throws Exception {
		String family = Fixtures.randomName();
		mvc.perform(post("/api/v1/people").header("Authorization", bearer).contentType("application/json").content("""
				{"givenName":"Ida","familyName":"%s","dateOfBirth":"1850-05-06",
				 "address":{"line1":"1 Elm Road","postcode":"LS1 4AP","from":"-5000-01-01"}}""".formatted(family)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message",
					contains("Date of birth must be between 1 January 1900 and today")))
			.andExpect(jsonPath("$.errors[?(@.field == 'address.from')].message",
					contains("The date they moved in must be between 1 January 1900 and today")));
		assertNobodyCalled("Ida", family, "1850-05-06");

		String unborn = Fixtures.randomName();
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"givenName\":\"Baby\",\"familyName\":\"" + unborn
					+ "\",\"expectedDeliveryDate\":\"+20000-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("expectedDeliveryDate")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Expected date of delivery must be between ")));

		mvc.perform(get("/api/v1/people").param("familyName", family)
			.param("dateOfBirth", "-5000-01-01")
			.header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("dateOfBirth")))
			.andExpect(jsonPath("$.errors[0].message",
					is("Date of birth must be between 1 January 1900 and 31 December 9999")));
	}

	@Test
	void involvementDatesFarOutsideTheRecordAreRefusedAndNothingChanges() throws Exception {
		String id = createChild("{\"givenName\":\"Vi\",\"familyName\":\"" + Fixtures.randomName()
				+ "\",\"dateOfBirth\":\"2012-01-01\"}");
		String involve = "/api/v1/people/" + id + "/involvements";
		Agency camhs = fixtures.agency(AgencyType.CAMHS);
		Practitioner therapist = fixtures.practitioner(camhs);
		String camhsBearer = fixtures.bearer(mvc, therapist);
		String declared = "{\"agencyId\":\"" + camhs.id() + "\",\"practitionerId\":\"" + therapist.id() + "\",";
		mvc.perform(post(involve).header("Authorization", camhsBearer)
			.contentType("application/json")
			.content(declared
					+ "\"from\":\"-5000-01-01\",\"to\":\"+300000-01-01\",\"reason\":\"Weekly sessions after referral\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'from')].message",
					contains(startsWith("The start date must be between 1 January 1900 and "))))
			.andExpect(jsonPath("$.errors[?(@.field == 'to')].message",
					contains(startsWith("The end date must be between 1 January 1900 and "))));
		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.involvements", hasSize(1)));

		String involvement = mvc
			.perform(post(involve).header("Authorization", camhsBearer)
				.contentType("application/json")
				.content(declared + "\"from\":\"2025-01-01\",\"reason\":\"Mentoring after a referral\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post(involve + "/" + involvement + "/end").header("Authorization", camhsBearer)
			.contentType("application/json")
			.content("{\"to\":\"2300-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("to")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("The end date must be between 1 January 1900 and ")));
		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(
					jsonPath("$.involvements[?(@.reason == 'Mentoring after a referral')].to", contains(nullValue())));
	}

	@Test
	void aSchoolStartOrMoveInDateFarOutsideTheRecordIsRefusedAndNothingChanges() throws Exception {
		String id = createChild("""
				{"givenName":"Em","familyName":"%s","dateOfBirth":"2013-01-01",
				 "address":{"line1":"1 Elm Road","postcode":"LS1 4AP"}}""".formatted(Fixtures.randomName()));
		mvc.perform(post("/api/v1/people/" + id + "/education").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"settingId\":\"" + school.id() + "\",\"from\":\"+300000-09-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")))
			.andExpect(
					jsonPath("$.errors[0].message", startsWith("The start date must be between 1 January 1900 and ")));
		mvc.perform(post("/api/v1/people/" + id + "/addresses").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"line1\":\"2 New Road\",\"postcode\":\"LS2 7EY\",\"from\":\"1066-10-14\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")))
			.andExpect(jsonPath("$.errors[0].message",
					is("The date they moved in must be between 1 January 1900 and today")));
		mvc.perform(get("/api/v1/people/" + id).header("Authorization", bearer))
			.andExpect(jsonPath("$.education", hasSize(0)))
			.andExpect(jsonPath("$.addresses", hasSize(1)));
	}

	@Test
	void aValueOfTheWrongShapeIsNamedWithWhatWasExpected() throws Exception {
		String family = Fixtures.randomName();
		String person = "{\"givenName\":\"Wy\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"2015-01-01\",";
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content(person + "\"educationSettingId\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("educationSettingId")))
			.andExpect(jsonPath("$.errors[0].message", is("This value is not an id")));
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content(person + "\"sex\":\"SOMETHING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("sex")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("This value is not one of [")));
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content(person.replace("2015-01-01", "2015-13-45") + "\"sex\":\"FEMALE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("dateOfBirth")))
			.andExpect(jsonPath("$.errors[0].message", is("This value is not a date like 2026-03-07")));
		mvc.perform(post("/api/v1/people").header("Authorization", bearer)
			.contentType("application/json")
			.content(person + "\"otherNames\":[{\"kind\":\"NICKNAME\",\"givenName\":\"W\",\"familyName\":\"Y\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("otherNames[0].kind")));
		assertNobodyCalled("Wy", family, "2015-01-01");
	}

	private void assertNobodyCalled(String given, String family, String dateOfBirth) {
		assertThat(people.findByNameAndDateOfBirth(given, family, LocalDate.parse(dateOfBirth))).isEmpty();
	}

	/**
	 * Records a child, then puts them on the school's roll: recording alone would give
	 * the school no access.
	 */
	private String createChild(String json) throws Exception {
		String body = mvc.perform(
				post("/api/v1/people").header("Authorization", bearer).contentType("application/json").content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
		involvements.startByWorkflow(java.util.UUID.fromString(id), school.id(), teacher.id(), "On roll", teacher.id());
		return id;
	}

}
