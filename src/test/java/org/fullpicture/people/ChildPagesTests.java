package org.fullpicture.people;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ChildPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	People people;

	@Autowired
	AuditTrail audit;

	Agency school;

	Practitioner teacher;

	Person child;

	@BeforeEach
	void aChildTheSchoolWorksWith() {
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		child = fixtures.child("Ada", Fixtures.randomName(), LocalDate.of(2016, 5, 4), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
	}

	@Test
	void anonymousVisitorsCannotOpenAnyChildPage() throws Exception {
		for (String url : new String[] { "/children/find", "/children/new", "/children/" + child.id(),
				"/children/" + child.id() + "/break-glass" }) {
			mvc.perform(get(url))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
		}
	}

	@Test
	void findsAChildByFamilyNameAndDateOfBirth() throws Exception {
		mvc.perform(post("/children/find").with(as(teacher))
			.with(csrf())
			.param("by", "NAME")
			.param("familyName", child.familyName())
			.param("dateOfBirth.day", "4")
			.param("dateOfBirth.month", "5")
			.param("dateOfBirth.year", "2016"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 child found")))
			.andExpect(content().string(containsString("/children/" + child.id())));
	}

	@Test
	void findingNobodySaysWhatToTryNext() throws Exception {
		mvc.perform(post("/children/find").with(as(teacher))
			.with(csrf())
			.param("by", "NAME")
			.param("familyName", "Nobodyhere")
			.param("dateOfBirth.day", "1")
			.param("dateOfBirth.month", "1")
			.param("dateOfBirth.year", "2010"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No child found")))
			.andExpect(content().string(containsString("record a new child")));
	}

	@Test
	void aSearchWithMistakesNamesEachFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/children/find").with(as(teacher))
			.with(csrf())
			.param("by", "NAME")
			.param("familyName", "")
			.param("dateOfBirth.day", "31")
			.param("dateOfBirth.month", "2")
			.param("dateOfBirth.year", "2016"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#familyName\">Enter the child&#39;s family name")))
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		mvc.perform(post("/children/find").with(as(teacher))
			.with(csrf())
			.param("by", "NHS")
			.param("nhsNumber", "943 476 5910"))
			.andExpect(content().string(containsString("943 476 5910 fails its check digit")));
	}

	@Test
	void recordsANewChildWhoseFullRecordOpensOnceTheAgencyIsInvolved() throws Exception {
		String location = mvc
			.perform(post("/children/new").with(as(teacher))
				.with(csrf())
				.param("givenName", "Nia")
				.param("familyName", "Newchild")
				.param("dateOfBirth.day", "2")
				.param("dateOfBirth.month", "4")
				.param("dateOfBirth.year", "2015")
				.param("sex", "FEMALE")
				.param("address.line1", "3 Page Street")
				.param("address.postcode", "ls1 4ap")
				.param("otherName.kind", "PREVIOUS")
				.param("otherName.givenName", "Nia")
				.param("otherName.familyName", "Oldname"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/children/".length()));
		// recording the child is not a reason to read their record: the school's roll is
		assertThat(involvements.isActive(id, school.id())).isFalse();
		mvc.perform(get(location).with(as(teacher)))
			.andExpect(content().string(containsString("Known to FullPicture")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("3 Page Street"))));
		involvements.startByWorkflow(id, school.id(), teacher.id(), "On roll", teacher.id());
		mvc.perform(get(location).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nia Newchild")))
			.andExpect(content().string(containsString("3 Page Street, LS1 4AP")))
			.andExpect(content().string(containsString("Nia Oldname (previous name)")));
	}

	@Test
	void aNewChildWithMistakesComesBackWithEveryFieldAsTyped() throws Exception {
		mvc.perform(post("/children/new").with(as(teacher))
			.with(csrf())
			.param("givenName", "Ola")
			.param("familyName", "")
			.param("nhsNumber", "943 476 5910")
			.param("address.line1", "9 Kept Road")
			.param("address.postcode", "nonsense")
			.param("otherName.givenName", "Olu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a family name")))
			.andExpect(content().string(containsString("Enter a date of birth, or an expected date of delivery")))
			.andExpect(content().string(containsString("943 476 5910 fails its check digit")))
			.andExpect(content().string(containsString("href=\"#address-postcode\"")))
			.andExpect(content().string(containsString("value=\"Ola\"")))
			.andExpect(content().string(containsString("value=\"9 Kept Road\"")))
			.andExpect(content().string(containsString("href=\"#otherName-familyName\">Enter a family name")))
			.andExpect(content().string(containsString("value=\"Olu\"")));
	}

	@Test
	void aDateOfBirthBefore1900IsNamedAgainstItsFieldAndEverythingTypedComesBack() throws Exception {
		String family = Fixtures.randomName();
		mvc.perform(post("/children/new").with(as(teacher))
			.with(csrf())
			.param("givenName", "Ivy")
			.param("familyName", family)
			.param("dateOfBirth.day", "6")
			.param("dateOfBirth.month", "5")
			.param("dateOfBirth.year", "1850")
			.param("address.line1", "4 Kept Road")
			.param("address.postcode", "LS1 4AP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Date of birth must be between 1 January 1900 and today")))
			.andExpect(content().string(containsString("value=\"1850\"")))
			.andExpect(content().string(containsString("value=\"" + family + "\"")))
			.andExpect(content().string(containsString("value=\"4 Kept Road\"")));
		assertThat(people.findByNameAndDateOfBirth("Ivy", family, LocalDate.of(1850, 5, 6))).isEmpty();
	}

	@Test
	void aTownTooLongToKeepIsNamedAgainstItsFieldAndEverythingTypedComesBack() throws Exception {
		String family = Fixtures.randomName();
		String town = "Leeds".repeat(21);
		mvc.perform(post("/children/new").with(as(teacher))
			.with(csrf())
			.param("givenName", "Tia")
			.param("familyName", family)
			.param("dateOfBirth.day", "6")
			.param("dateOfBirth.month", "5")
			.param("dateOfBirth.year", "2014")
			.param("address.line1", "4 Kept Road")
			.param("address.town", town)
			.param("address.postcode", "LS1 4AP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#address-town\">Town must be 100 characters or fewer")))
			.andExpect(content().string(containsString("value=\"" + town + "\"")))
			.andExpect(content().string(containsString("value=\"" + family + "\"")))
			.andExpect(content().string(containsString("value=\"4 Kept Road\"")));
		assertThat(people.findByNameAndDateOfBirth("Tia", family, LocalDate.of(2014, 5, 6))).isEmpty();
	}

	@Test
	void recordingAChildWhoIsAlreadyKnownUsesTheExistingRecordAndSaysSo() throws Exception {
		String family = Fixtures.randomName();
		String street = "1 " + Fixtures.randomName() + " Road";
		String postcode = Fixtures.randomPostcode();
		LocalDate born = randomBirthday();
		String existing = recordChild(teacher, "Kayleigh-Marie", family, born, street, postcode);
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		mvc.perform(newChild(nurse, "Kayleigh-Marie", family, born, street, postcode))
			.andExpect(redirectedUrl(existing))
			.andExpect(flash().attribute("banner", "We found an existing record of this child and used it"));
		mvc.perform(get(existing).with(as(nurse)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Known to FullPicture")))
			.andExpect(content().string(containsString("Record information about this child")));
	}

	@Test
	void recordingAChildLikeAnotherRecordsThemAndSendsThePairForReview() throws Exception {
		String family = Fixtures.randomName();
		LocalDate born = randomBirthday();
		String existing = recordChild(teacher, "Kayleigh-Marie", family, born, "1 " + Fixtures.randomName() + " Road",
				Fixtures.randomPostcode());
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		// a shorter given name, a month out and living elsewhere: alike enough to ask a
		// person, not enough to decide
		String created = mvc
			.perform(newChild(nurse, "Kayleigh", family, born.plusMonths(1), "9 " + Fixtures.randomName() + " Street",
					Fixtures.randomPostcodeAwayFromLeeds()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("banner", containsString("sent to the MASH for review")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).isNotEqualTo(existing);
	}

	private String recordChild(Practitioner by, String given, String family, LocalDate born, String line1,
			String postcode) throws Exception {
		return mvc.perform(newChild(by, given, family, born, line1, postcode))
			.andExpect(flash().attribute("banner", "The child has been recorded"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static MockHttpServletRequestBuilder newChild(Practitioner by, String given, String family, LocalDate born,
			String line1, String postcode) {
		return post("/children/new").with(as(by))
			.with(csrf())
			.param("givenName", given)
			.param("familyName", family)
			.param("dateOfBirth.day", "" + born.getDayOfMonth())
			.param("dateOfBirth.month", "" + born.getMonthValue())
			.param("dateOfBirth.year", "" + born.getYear())
			.param("sex", "FEMALE")
			.param("address.line1", line1)
			.param("address.postcode", postcode);
	}

	/**
	 * A date of birth other tests are unlikely to use (days after the 12th, so day and
	 * month cannot be swapped).
	 */
	private static LocalDate randomBirthday() {
		java.util.Random random = new java.util.Random();
		// months 1 to 8, so that a month later differs in one digit, as a mistyped date
		// would
		return LocalDate.of(2005 + random.nextInt(10), 1 + random.nextInt(8), 13 + random.nextInt(16));
	}

	@Test
	void anNhsNumberAlreadyRecordedForSomeoneElseIsShownAgainstTheField() throws Exception {
		String nhs = Fixtures.nhsNumber();
		String formatted = org.fullpicture.people.NhsNumber.format(nhs);
		mvc.perform(post("/children/new").with(as(teacher))
			.with(csrf())
			.param("givenName", "Ola")
			.param("familyName", Fixtures.randomName())
			.param("nhsNumber", nhs)
			.param("dateOfBirth.day", "2")
			.param("dateOfBirth.month", "4")
			.param("dateOfBirth.year", "2015"));
		// nothing else alike, so the intake does not take this for the same child, and
		// the number is refused
		mvc.perform(post("/children/new").with(as(teacher))
			.with(csrf())
			.param("givenName", "Bartholomew")
			.param("familyName", Fixtures.randomName())
			.param("sex", "MALE")
			.param("nhsNumber", formatted)
			.param("dateOfBirth.day", "19")
			.param("dateOfBirth.month", "11")
			.param("dateOfBirth.year", "2009"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#nhsNumber\">" + formatted + " is already recorded")));
	}

	@Test
	void theInvolvedAgencySeesTheFullRecordAndTheViewIsAudited() throws Exception {
		mvc.perform(get("/children/" + child.id()).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 May 2016")))
			.andExpect(content().string(containsString("Test Street")))
			.andExpect(content().string(containsString(school.safeguardingContact())))
			.andExpect(content().string(containsString("Record information about this child")));
		assertThat(audit.ofPerson(child.id(), 1, 10).items()).anySatisfy(e -> {
			assertThat(e.practitionerId()).isEqualTo(teacher.id());
			assertThat(e.action().name()).isEqualTo("VIEWED_RECORD");
		});
	}

	@Test
	void anUninvolvedPractitionerSeesOnlyWhoKnowsTheChildThenBreaksGlass() throws Exception {
		Practitioner housing = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get("/children/" + child.id()).with(as(housing)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(school.safeguardingContact())))
			.andExpect(content().string(containsString("Break glass")))
			.andExpect(content().string(not(containsString("Test Street"))));
		assertThat(audit.ofPerson(child.id(), 1, 10).items())
			.anySatisfy(e -> assertThat(e.action().name()).isEqualTo("VIEWED_KNOWN_TO"));

		mvc.perform(get("/children/" + child.id() + "/break-glass").with(as(housing)))
			.andExpect(content().string(containsString("A safeguarding lead reviews every break-glass access")));
		mvc.perform(post("/children/" + child.id() + "/break-glass").with(as(housing))
			.with(csrf())
			.param("reason", "too short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("in at least 20 characters")))
			.andExpect(content().string(containsString("too short</textarea>")));
		mvc.perform(post("/children/" + child.id() + "/break-glass").with(as(housing))
			.with(csrf())
			.param("reason", "Police called at 2am: the child is at our night shelter with an injury"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/children/" + child.id()).with(as(housing)))
			.andExpect(content().string(containsString("Test Street")))
			.andExpect(content().string(containsString("you broke glass")));
	}

	@Test
	void aChildThatDoesNotExistIsNotFound() throws Exception {
		mvc.perform(get("/children/" + UUID.randomUUID()).with(as(teacher)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		mvc.perform(get("/children/not-an-id").with(as(teacher))).andExpect(status().isNotFound());
	}

}
