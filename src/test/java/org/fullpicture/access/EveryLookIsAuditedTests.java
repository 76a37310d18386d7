package org.fullpicture.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fullpicture.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Issue 8, part 3. Every route of the application is listed in
 * {@code access/child-data-routes.csv} as returning a child's data or not (with why); the
 * list is checked against the request mappings, so a new route must be placed. Each route
 * that returns a child's data is called and must write an audit row about that child.
 */
@DatabaseTest
class EveryLookIsAuditedTests {

	static final String TABLE = "/access/child-data-routes.csv";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	@Autowired
	MatchReviews reviews;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	InvolvementGrants grants;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * MASH, safeguarding lead, data quality and administrator at once: every route
	 * answers them in full.
	 */
	Practitioner lead;

	String bearer;

	Person child;

	Person sister;

	Entry entry;

	UUID review;

	String episode;

	String contact;

	@BeforeEach
	void aChildWithAnEntryAboutTwoSistersAndAPossibleMatch() throws Exception {
		lead = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH,
				Role.SAFEGUARDING_LEAD, Role.DATA_QUALITY, Role.ADMINISTRATOR);
		bearer = fixtures.bearer(mvc, lead);
		String family = Fixtures.randomName();
		child = fixtures.child("Eve", family, LocalDate.of(2013, 3, 3), lead.id());
		sister = fixtures.child("Fay", family, LocalDate.of(2015, 5, 5), lead.id());
		// the lead's agency works with the child, so the home page lists them
		involvements.startByWorkflow(child.id(), lead.agencyId(), lead.id(), "Allocated", lead.id());
		entry = chronology
			.record(new NewEntry(List.of(child.id(), sister.id()), EntryType.HOME_VISIT,
					Instant.now().minusSeconds(86_400), "The flat was unsanitary with a foul smell and a fire hazard.",
					null, null, null), lead, null)
			.entry();
		Person duplicate = fixtures.child("Eve", family, LocalDate.of(2013, 3, 4), lead.id());
		breakGlass.grant(fixtures.practitioner(fixtures.agency(AgencyType.GP)), child.id(),
				"Out of hours attendance with an injury", Channel.PAGE);
		Agency housing = fixtures.agency(AgencyType.HOUSING);
		Practitioner housingOfficer = fixtures.practitioner(housing);
		grants.start(housingOfficer, child.id(), housing.id(), housingOfficer.id(), LocalDate.now(), null,
				"Family moved into our temporary accommodation", Channel.API);
		review = reviews.raise(child.id(), duplicate.id(), 0.8, "Same name, date of birth a day apart", "TEST");
		// the lead is told of a self-harm entry another agency records, and leads early
		// help for the child: the child is in both of the lead's work lists
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.SELF_HARM, Instant.now().minusSeconds(3_600),
						"Seen at the walk-in centre with cuts to her arm.", null, null, null),
				fixtures.practitioner(fixtures.agency(AgencyType.HEALTH_VISITING)), null);
		episode = mvc
			.perform(post("/api/v1/early-help/episodes").header("Authorization", bearer)
				.contentType("application/json")
				.content("{\"childIds\":[\"" + child.id() + "\"],\"reason\":\"Mornings are hard.\"}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(put(episode + "/lead-professional").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"practitionerId\":\"" + lead.id() + "\",\"handoverNote\":\"Taking the lead.\"}"));
		contact = mvc
			.perform(post("/api/v1/contacts").header("Authorization", bearer)
				.contentType("application/json")
				.content("{\"childIds\":[\"" + child.id() + "\"],\"whatHappened\":\"Eve said she is scared at home.\","
						+ "\"consent\":\"GIVEN\",\"urgency\":\"MEDIUM\"}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		// the MASH asks the lead's own agency what it knows: a check waiting on the
		// lead's lists
		mvc.perform(post(contact + "/checks").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"agencyId\":\"" + lead.agencyId() + "\",\"question\":\"What do you know?\"}"));
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> db.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND person_id = ?")
				.params(lead.id(), child.id())
				.query(Long.class)
				.single() > 0);
	}

	@Test
	void everyRouteIsListedAsReturningAChildsDataOrNot() throws IOException {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.fullpicture")) {
				info.getMethodsCondition()
					.getMethods()
					.forEach(verb -> info.getPatternValues().forEach(pattern -> routes.add(verb + " " + pattern)));
			}
		});
		assertThat(table().keySet()).as("routes in " + TABLE + " (method path, yes|no, why)")
			.containsExactlyInAnyOrderElementsOf(routes);
	}

	@Test
	void everyRouteThatReturnsAChildsDataWritesAnAuditRowAboutThatChild() throws Exception {
		Map<String, MockHttpServletRequestBuilder> calls = calls();
		List<String> unaudited = new ArrayList<>();
		for (Map.Entry<String, String> route : table().entrySet()) {
			if (!route.getValue().equals("yes")) {
				continue;
			}
			MockHttpServletRequestBuilder call = calls.get(route.getKey());
			assertThat(call).as("a call of " + route.getKey() + " in this test").isNotNull();
			long before = auditRowsAbout(child);
			int status = mvc.perform(call).andReturn().getResponse().getStatus();
			assertThat(status).as(route.getKey()).isLessThan(400);
			if (auditRowsAbout(child) == before) {
				unaudited.add(route.getKey());
			}
		}
		assertThat(unaudited).as("routes that showed the child and wrote no audit row").isEmpty();
	}

	@Test
	void anEntryAboutSeveralChildrenIsAuditedAgainstEachOfThem() throws Exception {
		long child0 = auditRowsAbout(child);
		long sister0 = auditRowsAbout(sister);
		mvc.perform(get("/api/v1/chronology/" + entry.id()).header("Authorization", bearer));
		assertThat(auditRowsAbout(child)).isEqualTo(child0 + 1);
		assertThat(auditRowsAbout(sister)).isEqualTo(sister0 + 1);
	}

	@Test
	void theAuditOfARecordMergedIntoAnotherIsShownWithTheSurvivor() throws Exception {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/api/v1/people/" + sister.id()).header("Authorization", fixtures.bearer(mvc, teacher)));
		mvc.perform(post("/api/v1/people/" + child.id() + "/merges").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"personId\":\"" + sister.id() + "\",\"reason\":\"Same child recorded twice by mistake\"}"));
		String audit = mvc
			.perform(
					get("/api/v1/people/" + child.id() + "/audit").param("size", "500").header("Authorization", bearer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(audit).contains(teacher.displayName());
	}

	/**
	 * How this test calls each route that returns a child's data: as the lead, about the
	 * child.
	 */
	private Map<String, MockHttpServletRequestBuilder> calls() {
		String id = child.id().toString();
		String meeting = "{\"childIds\":[\"" + id + "\"],\"type\":\"MEETING\",\"occurredAt\":\""
				+ Instant.now().minusSeconds(60) + "\",\"text\":\"Strategy meeting: poor home conditions.\"}";
		String sameChild = "{\"givenName\":\"Eve\",\"familyName\":\"" + child.familyName()
				+ "\",\"dateOfBirth\":\"2013-03-03\"}";
		Map<String, MockHttpServletRequestBuilder> calls = new LinkedHashMap<>();
		calls.put("GET /api/v1/people/{id}", api(get("/api/v1/people/" + id)));
		calls.put("GET /api/v1/people",
				api(get("/api/v1/people").param("familyName", child.familyName()).param("dateOfBirth", "2013-03-03")));
		calls.put("POST /api/v1/people",
				api(post("/api/v1/people").contentType("application/json").content(sameChild)));
		calls.put("POST /api/v1/people/matches",
				api(post("/api/v1/people/matches").contentType("application/json").content(sameChild)));
		calls.put("GET /api/v1/people/{id}/chronology", api(get("/api/v1/people/" + id + "/chronology")));
		calls.put("GET /api/v1/people/{id}/audit", api(get("/api/v1/people/" + id + "/audit")));
		calls.put("GET /api/v1/chronology/{id}", api(get("/api/v1/chronology/" + entry.id())));
		calls.put("POST /api/v1/chronology",
				api(post("/api/v1/chronology").contentType("application/json").content(meeting)));
		calls.put("GET /api/v1/match-reviews", api(get("/api/v1/match-reviews").param("size", "200")));
		calls.put("GET /api/v1/match-reviews/{id}", api(get("/api/v1/match-reviews/" + review)));
		calls.put("GET /", page(get("/")));
		calls.put("GET /children/{id}", page(get("/children/" + id)));
		calls.put("GET /children/{id}/chronology", page(get("/children/" + id + "/chronology")));
		calls.put("GET /children/{id}/family-chronology", page(get("/children/" + id + "/family-chronology")));
		calls.put("GET /children/{id}/audit", page(get("/children/" + id + "/audit")));
		calls.put("GET /children/{id}/record", page(get("/children/" + id + "/record")));
		calls.put("GET /children/{id}/break-glass", page(get("/children/" + id + "/break-glass")));
		calls.put("GET /children/{id}/declare-involvement", page(get("/children/" + id + "/declare-involvement")));
		calls.put("GET /api/v1/people/{id}/signals", api(get("/api/v1/people/" + id + "/signals")));
		calls.put("GET /api/v1/people/{id}/missing-episodes", api(get("/api/v1/people/" + id + "/missing-episodes")));
		calls.put("GET /api/v1/people/{id}/services", api(get("/api/v1/people/" + id + "/services")));
		calls.put("GET /children/{id}/signals", page(get("/children/" + id + "/signals")));
		calls.put("GET /children/{id}/missing-episodes/new", page(get("/children/" + id + "/missing-episodes/new")));
		calls.put("GET /children/{id}/notices/new", page(get("/children/" + id + "/notices/new")));
		calls.put("GET /children/{id}/services", page(get("/children/" + id + "/services")));
		calls.put("GET /notifications", page(get("/notifications")));
		calls.put("GET /early-help", page(get("/early-help")));
		String episodeId = episode.substring(episode.lastIndexOf('/') + 1);
		calls.put("GET /early-help/episodes/{id}", page(get("/early-help/episodes/" + episodeId)));
		calls.put("GET /early-help/episodes/{id}/assessment",
				page(get("/early-help/episodes/" + episodeId + "/assessment")));
		calls.put("GET /api/v1/early-help/episodes/{id}", api(get(episode)));
		calls.put("GET /early-help/episodes/{id}/closure", page(get("/early-help/episodes/" + episodeId + "/closure")));
		calls.put("GET /api/v1/early-help/episodes", api(get("/api/v1/early-help/episodes").param("mine", "true")));
		calls.put("GET /api/v1/notifications", api(get("/api/v1/notifications")));
		calls.put("GET /api/v1/contacts", api(get("/api/v1/contacts")));
		calls.put("GET /referrals", page(get("/referrals")));
		calls.put("GET /checks", page(get("/checks")));
		calls.put("GET /api/v1/checks", api(get("/api/v1/checks")));
		calls.put("GET /api/v1/early-help/episodes/{id}/assessment", api(get(episode + "/assessment")));
		String contactId = contact.substring(contact.lastIndexOf('/') + 1);
		calls.put("GET /contacts/{id}", page(get("/contacts/" + contactId)));
		calls.put("GET /api/v1/contacts/{id}", api(get(contact)));
		calls.put("POST /children/{id}/record",
				page(post("/children/" + id + "/record").with(csrf())
					.param("type", "MEETING")
					.param("occurredOn.day", "3")
					.param("occurredOn.month", "2")
					.param("occurredOn.year", "2026")
					.param("text", "Strategy meeting: poor home conditions.")
					.param("source", "PROFESSIONAL")
					.param("sensitivity", "NORMAL")
					.param("quoteSourceWords", "true")));
		calls.put("POST /children/find",
				page(post("/children/find").with(csrf())
					.param("by", "NAME")
					.param("givenName", "Eve")
					.param("familyName", child.familyName())
					.param("dateOfBirth.day", "3")
					.param("dateOfBirth.month", "3")
					.param("dateOfBirth.year", "2013")));
		calls.put("GET /chronology/{entryId}", page(get("/chronology/" + entry.id())));
		calls.put("GET /chronology/{entryId}/amend", page(get("/chronology/" + entry.id() + "/amend")));
		calls.put("POST /chronology/{entryId}/amend",
				page(post("/chronology/" + entry.id() + "/amend").with(csrf())
					.param("type", "MEETING")
					.param("text", "Strategy meeting: poor home conditions.")
					.param("reason", "Wrong type")));
		calls.put("GET /match-reviews", page(get("/match-reviews")));
		calls.put("GET /break-glass-reviews", page(get("/break-glass-reviews")));
		calls.put("GET /involvement-declarations", page(get("/involvement-declarations")));
		calls.put("GET /match-reviews/{id}", page(get("/match-reviews/" + review)));
		return calls;
	}

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", bearer);
	}

	private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
		return request.with(as(lead));
	}

	private long auditRowsAbout(Person person) {
		return db.sql("SELECT COUNT(*) FROM audit_event WHERE person_id = ?")
			.param(person.id())
			.query(Long.class)
			.single();
	}

	/**
	 * "METHOD path" → yes, no, or module (shows a child's data, and its own module's
	 * tests show the audit row; not yet called here); the third column says why, and
	 * lines starting with # are comments.
	 */
	private static Map<String, String> table() throws IOException {
		Map<String, String> rows = new LinkedHashMap<>();
		try (InputStream in = EveryLookIsAuditedTests.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", 3);
				assertThat(cells).as(line).hasSize(3);
				assertThat(cells[1]).as(line).isIn("yes", "no", "module");
				rows.put(cells[0].strip(), cells[1]);
			}
		}
		return rows;
	}

}
