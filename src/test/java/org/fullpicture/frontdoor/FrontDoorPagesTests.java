package org.fullpicture.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.DirectoryServices;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class FrontDoorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	Contacts contacts;

	@Autowired
	Checks checks;

	@Autowired
	Decisions decisions;

	Agency school;

	Agency police;

	Practitioner teacher;

	Practitioner officer;

	Practitioner mash;

	Practitioner manager;

	Person child;

	@BeforeEach
	void setUp() {
		school = fixtures.agency(AgencyType.SCHOOL);
		police = fixtures.agency(AgencyType.POLICE);
		Agency socialCare = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		teacher = fixtures.practitioner(school);
		officer = fixtures.practitioner(police);
		mash = fixtures.practitioner(socialCare, Role.MASH);
		manager = fixtures.practitioner(socialCare, Role.MANAGER);
		child = fixtures.child("Lily", Fixtures.randomName(), LocalDate.of(2015, 6, 7), teacher.id());
	}

	@Test
	void anyoneReportsAConcernWithoutSigningInAndGetsAReferenceAndWhatHappensNext() throws Exception {
		mvc.perform(get("/report-a-concern"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report a concern about a child")));
		String reference = (String) report(
				publicReport(child.givenName() + " " + child.familyName()).param("contact", "neighbour@example.org"),
				address())
			.andExpect(redirectedUrl("/report-a-concern/sent"))
			.andExpect(flash().attributeExists("reference"))
			.andReturn()
			.getFlashMap()
			.get("reference");

		assertThat(reference).matches("FP-[2-9A-Z]{4}-[2-9A-Z]{4}");
		var stored = contacts
			.get(db.sql("SELECT id FROM contact WHERE reference = ?").param(reference).query(UUID.class).single());
		assertThat(stored.status()).isEqualTo(ContactStatus.AWAITING_CHILDREN);
		assertThat(stored.recordedBy()).isEqualTo(org.fullpicture.agencies.Practitioner.SYSTEM_ID);
		// the page never looked the child up, so nothing about existing records was
		// touched or revealed
		assertThat(stored.childIds()).isEmpty();
		assertThat(db.sql("SELECT COUNT(*) FROM contact_reply WHERE contact_id = ? AND kind = 'ACKNOWLEDGEMENT'")
			.param(stored.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReferenceTellsItsHolderOnlyTheStatusAndAnUnknownOneNothing() throws Exception {
		Contact contact = contacts.reportPublicly(new PublicReport(ReferrerKind.ANONYMOUS, null, null, "Lily, about 8",
				"Crying in the garden late at night.", null, null));

		mvc.perform(
				get("/report-a-concern/status").param("reference", contact.reference().toLowerCase()).with(address()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Received")))
			.andExpect(content().string(not(containsString("Crying in the garden"))))
			.andExpect(content().string(not(containsString("Lily"))));
		mvc.perform(get("/report-a-concern/status").param("reference", "FP-2222-2222").with(address()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We cannot find a report with this reference")));
	}

	@Test
	void thePublicPageRefusesAPostWithoutItsCsrfTokenAndDropsWhatARobotSends() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM contact").query(Long.class).single();
		mvc.perform(post("/report-a-concern").param("kind", "NEIGHBOUR").param("whatHappened", "x").with(address()))
			.andExpect(status().isForbidden());
		report(publicReport("Lily").param("website", "http://spam.example"), address())
			.andExpect(redirectedUrl("/report-a-concern/sent"));
		assertThat(db.sql("SELECT COUNT(*) FROM contact").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void tooManyReportsFromOneAddressGetA429WithAPlainMessage() throws Exception {
		var from = address();
		for (int i = 0; i < 5; i++) {
			report(publicReport("Lily"), from).andExpect(status().is3xxRedirection());
		}
		report(publicReport("Lily"), from).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Try again in an hour")));
		report(publicReport("Lily"), address()).andExpect(status().is3xxRedirection());
	}

	@Test
	void aReportTooLongOrWithoutWordsComesBackFilledInWithTheProblemsNamed() throws Exception {
		report(publicReport("Lily", "a".repeat(Contacts.MAX_WHAT_HAPPENED + 1)).param("contact", "07700 900123"),
				address())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#whatHappened\"")))
			.andExpect(content().string(containsString("07700 900123")));
		report(publicReport("Lily", ""), address()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Describe what happened")));
	}

	@Test
	void aSchoolCannotSeeTheMashQueueOrTimelinessButTheMashAndManagersCan() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();
		checks.ask(contact.id(), police.id(), "Any call-outs to the address?", mash);

		mvc.perform(get("/mash/queue").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/mash/queue")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mash/queue?page=1").with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("contacts waiting for a decision")));
		mvc.perform(get("/mash/queue").with(as(manager))).andExpect(status().isOk());
		mvc.perform(get("/mash/timeliness").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/mash/timeliness").with(as(mash))).andExpect(status().isForbidden());
		mvc.perform(get("/mash/timeliness").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Checks outstanding by agency")))
			.andExpect(content().string(containsString(police.name())));
		assertThat(contact.reference()).isNotBlank();
	}

	@Test
	void theMashSeesEverythingBesideAContactAndADecisionWithoutRationaleComesBackFilledIn() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();

		mvc.perform(get("/contacts/" + contact.id()).with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beside this contact")))
			.andExpect(content().string(containsString("Local thresholds")))
			.andExpect(content().string(containsString(child.fullName())));
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ?")
			.params(mash.id(), child.id())
			.query(Long.class)
			.single()).isPositive();
		mvc.perform(post("/contacts/" + contact.id() + "/decision").with(as(mash))
			.with(csrf())
			.param("level", "2")
			.param("outcome", "EARLY_HELP")
			.param("rationale", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#rationale\"")))
			.andExpect(content().string(containsString("value=\"2\" checked")));
		mvc.perform(post("/contacts/" + contact.id() + "/decision").with(as(mash))
			.with(csrf())
			.param("level", "2")
			.param("outcome", "EARLY_HELP")
			.param("rationale", "Parents asked for help with routines."))
			.andExpect(redirectedUrl("/contacts/" + contact.id()));
		assertThat(contacts.get(contact.id()).status()).isEqualTo(ContactStatus.DECIDED);
	}

	@Test
	void theDecisionFormSignpostsToAnOpenServiceFromTheDirectoryForTheChildsAge() throws Exception {
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		int age = java.time.Period.between(child.dateOfBirth(), LocalDate.now()).getYears();
		String suffix = Fixtures.randomName();
		UUID suits = DirectoryServices.add(mvc, admin, "Family Mornings " + suffix, "active", age - 1, age + 1);
		DirectoryServices.add(mvc, admin, "Teen Space " + suffix, "active", age + 3, age + 6);
		UUID closed = DirectoryServices.add(mvc, admin, "Old Club " + suffix, "defunct", age - 1, age + 1);
		Contact contact = contacts.make(referral(), teacher).contact();
		String page = "/contacts/" + contact.id();

		mvc.perform(get(page).with(as(mash)))
			.andExpect(content().string(containsString("Family Mornings " + suffix + " (Family Lantern Trust)")))
			.andExpect(content().string(not(containsString("Teen Space " + suffix))))
			.andExpect(content().string(not(containsString("Old Club " + suffix))));
		// a service closed since the page was drawn is refused by name, and the form
		// comes back
		mvc.perform(post(page + "/decision").with(as(mash))
			.with(csrf())
			.param("level", "1")
			.param("outcome", "NO_FURTHER_ACTION")
			.param("rationale", "Mum asked for ideas for mornings; no worries about care.")
			.param("signpostedServiceId", closed.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#signpostedServiceId\"")))
			.andExpect(content().string(containsString("Mum asked for ideas for mornings")));
		assertThat(contacts.get(contact.id()).status()).isEqualTo(ContactStatus.OPEN);

		mvc.perform(post(page + "/decision").with(as(mash))
			.with(csrf())
			.param("level", "1")
			.param("outcome", "NO_FURTHER_ACTION")
			.param("rationale", "Mum asked for ideas for mornings; no worries about care.")
			.param("signpostedServiceId", suits.toString())).andExpect(redirectedUrl(page));
		assertThat(contacts.get(contact.id()).decision().orElseThrow())
			.satisfies(d -> assertThat(d.signpostedServiceId()).isEqualTo(suits))
			.satisfies(d -> assertThat(d.signpostedTo())
				.isEqualTo("Family Mornings " + suffix + " (Family Lantern Trust)"));
		mvc.perform(get(page).with(as(mash)))
			.andExpect(content().string(containsString("<dd class=\"govuk-summary-list__value\">Family Mornings "
					+ suffix + " (Family Lantern Trust)</dd>")));
	}

	@Test
	void theReferrerSeesTheOutcomeButNotTheRationaleAndOthersCannotOpenTheContact() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();
		decisions.decide(contact.id(),
				new NewDecision(2, DecisionOutcome.EARLY_HELP, "Police know of shouting at home.", null), mash);

		mvc.perform(get("/contacts/" + contact.id()).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Early help")))
			.andExpect(content().string(not(containsString("Police know of shouting"))))
			.andExpect(content().string(containsString("Challenge the decision")));
		mvc.perform(get("/contacts/" + contact.id()).with(as(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/contacts/" + contact.id() + "/challenge").with(as(teacher))
			.with(csrf())
			.param("challenge", "Lily told us she is frightened of her mum's partner."))
			.andExpect(redirectedUrl("/contacts/" + contact.id()));
		mvc.perform(get("/referrals").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contact.reference())));
	}

	@Test
	void theAskedAgencyAnswersItsCheckFromItsPageAndAnotherAgencyCannot() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();
		ContactCheck check = checks.ask(contact.id(), police.id(), "Any call-outs to the address?", mash);

		mvc.perform(get("/checks").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Any call-outs to the address?")));
		mvc.perform(get("/checks").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Any call-outs to the address?"))));
		mvc.perform(post("/checks/" + check.id() + "/answer").with(as(teacher)).with(csrf()).param("answer", "No."))
			.andExpect(status().isForbidden());
		mvc.perform(post("/checks/" + check.id() + "/answer").with(as(officer)).with(csrf()).param("answer", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#answer\"")));
		mvc.perform(post("/checks/" + check.id() + "/answer").with(as(officer))
			.with(csrf())
			.param("answer", "One call-out in March for shouting.")).andExpect(redirectedUrl("/checks"));
		assertThat(checks.get(check.id()).isAnswered()).isTrue();
	}

	@Test
	void theMashLinksAPublicReportToAChildThroughMatchOnCreateBeforeDeciding() throws Exception {
		Contact reported = contacts.reportPublicly(new PublicReport(ReferrerKind.NEIGHBOUR, null, null,
				"Lily next door", "Lily was outside alone at 11pm.", null, null));
		mvc.perform(post("/contacts/" + reported.id() + "/children").with(as(teacher))
			.with(csrf())
			.param("childId", child.id().toString())).andExpect(status().isForbidden());

		mvc.perform(post("/contacts/" + reported.id() + "/children").with(as(mash))
			.with(csrf())
			.param("givenName", child.givenName())
			.param("familyName", child.familyName())
			.param("dateOfBirth.day", "7")
			.param("dateOfBirth.month", "6")
			.param("dateOfBirth.year", "2015")
			.param("sex", "FEMALE")).andExpect(redirectedUrl("/contacts/" + reported.id()));

		Contact linked = contacts.get(reported.id());
		assertThat(linked.status()).isEqualTo(ContactStatus.OPEN);
		assertThat(linked.childIds()).hasSize(1);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
				WHERE c.person_id = ? AND e.type = 'CONTACT' AND e.source = 'NEIGHBOUR' AND e.recorder_id = ?""")
			.params(linked.childIds().get(0), Practitioner.SYSTEM_ID)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theHomePageShowsTheMashItsQueueAndAnAskedAgencyItsChecks() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();
		checks.ask(contact.id(), police.id(), "Any call-outs to the address?", mash);
		checks.ask(contact.id(), police.id(), "Any arrests at the address?", mash);
		long amber = db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE AND rag = 'AMBER'")
			.query(Long.class)
			.single();

		mvc.perform(get("/").with(as(officer)))
			.andExpect(content().string(containsString("The MASH has asked your agency 2 questions")))
			.andExpect(content().string(containsString("href=\"/checks\"")))
			.andExpect(content().string(not(containsString("Open the MASH queue"))))
			.andExpect(content().string(not(containsString("Any call-outs"))));
		mvc.perform(get("/").with(as(mash)))
			.andExpect(content().string(containsString("Open the MASH queue")))
			.andExpect(content().string(containsString("Amber</strong></dt>")))
			.andExpect(content().string(containsString(amber + " waiting")));
		mvc.perform(get("/").with(as(teacher)))
			.andExpect(content().string(not(containsString("MASH queue"))))
			.andExpect(content().string(not(containsString("Checks for your agency"))));
	}

	@Test
	void aPractitionerMakesAReferralFromThePageAndAMissingChoiceComesBackNamed() throws Exception {
		mvc.perform(get("/referrals/new").with(as(teacher))).andExpect(status().isOk());
		mvc.perform(post("/referrals/new").with(as(teacher))
			.with(csrf())
			.param("childId", child.id().toString())
			.param("referrerKind", "PRACTITIONER")
			.param("whatHappened", "Bruise on Lily's arm.")
			.param("consent", "GIVEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#urgency\"")))
			.andExpect(content().string(containsString("Bruise on Lily&#39;s arm.")));
		mvc.perform(post("/referrals/new").with(as(teacher))
			.with(csrf())
			.param("childId", child.id().toString())
			.param("referrerKind", "PRACTITIONER")
			.param("whatHappened", "Bruise on Lily's arm.")
			.param("consent", "GIVEN")
			.param("urgency", "HIGH")).andExpect(redirectedUrlPattern("/contacts/*"));
	}

	@Test
	void everyoneReadsTheThresholdsAndOnlyAnAdministratorChangesThem() throws Exception {
		Practitioner admin = fixtures.practitioner(school, Role.ADMINISTRATOR);
		mvc.perform(get("/thresholds").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Level 4")));
		mvc.perform(get("/thresholds/2").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(post("/thresholds/2").with(as(teacher))
			.with(csrf())
			.param("name", "x")
			.param("descriptor", "y")
			.param("indicators", "z")).andExpect(status().isForbidden());
		mvc.perform(get("/thresholds/2").with(as(admin))).andExpect(status().isOk());
		mvc.perform(post("/thresholds/2").with(as(admin))
			.with(csrf())
			.param("name", "Early help")
			.param("descriptor", "")
			.param("indicators", "Attendance falling"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#descriptor\"")));
	}

	@Test
	void everyFrontDoorPageSendsTheAnonymousToSignInAndEveryFormNeedsItsCsrfToken() throws Exception {
		Contact contact = contacts.make(referral(), teacher).contact();
		String c = "/contacts/" + contact.id();
		for (String page : List.of("/mash/queue", "/mash/timeliness", c, "/referrals", "/referrals/new", "/checks",
				"/thresholds", "/thresholds/1")) {
			mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
		}
		for (String form : List.of(c + "/children", c + "/rating", c + "/checks", c + "/decision", c + "/sign-off",
				c + "/challenge", c + "/challenges/" + UUID.randomUUID() + "/response", "/referrals/new",
				"/checks/" + UUID.randomUUID() + "/answer", "/thresholds/1")) {
			mvc.perform(post(form).with(as(mash))).andExpect(status().isForbidden());
		}
	}

	private ResultActions report(MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor from) throws Exception {
		return mvc.perform(request.with(csrf()).with(from));
	}

	private static MockHttpServletRequestBuilder publicReport(String children) {
		return publicReport(children, "I heard screaming and a crash from next door at 10pm.");
	}

	private static MockHttpServletRequestBuilder publicReport(String children, String whatHappened) {
		return post("/report-a-concern").param("kind", "NEIGHBOUR")
			.param("children", children)
			.param("whatHappened", whatHappened);
	}

	/** A client address no other test uses, so the rate limit counts this test alone. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor address() {
		String ip = "198.51." + (int) (Math.random() * 255) + "." + (int) (Math.random() * 255);
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	private NewContact referral() {
		return new NewContact(List.of(child.id()), List.of(), null, "Lily said her mum's partner hit her.",
				"That she will be hurt again.", "A social worker to see Lily.", Consent.GIVEN, null, Urgency.HIGH);
	}

}
