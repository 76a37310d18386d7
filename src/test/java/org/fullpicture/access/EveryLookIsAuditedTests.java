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
import org.fullpicture.people.People;
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
	People people;

	@Autowired
	BreakGlass breakGlass;

	@Autowired
	InvolvementGrants grants;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * MASH, safeguarding lead, early help manager, data quality and administrator at
	 * once: every route answers them in full.
	 */
	Practitioner lead;

	/** The safeguarding lead of the child's school, for Operation Encompass. */
	Practitioner schoolLead;

	String bearer;

	Person child;

	Person sister;

	Entry entry;

	UUID review;

	String episode;

	String contact;

	String notice;

	String missingEpisode;

	@BeforeEach
	void aChildWithAnEntryAboutTwoSistersAndAPossibleMatch() throws Exception {
		lead = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH,
				Role.SAFEGUARDING_LEAD, Role.MANAGER, Role.DATA_QUALITY, Role.ADMINISTRATOR);
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
		// a second episode, not yet allocated, for the managers' page
		mvc.perform(post("/api/v1/early-help/episodes").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"childIds\":[\"" + child.id() + "\"],\"reason\":\"Evenings too.\"}"));
		// police record domestic abuse at home: Operation Encompass tells the school's
		// lead
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		schoolLead = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		people.changeEducationSetting(child.id(), school.id(), LocalDate.now().minusYears(1), null);
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.DOMESTIC_ABUSE_INCIDENT, Instant.now().minusSeconds(7_200),
						"Police called to the family home.", null, null, null),
				fixtures.practitioner(fixtures.agency(AgencyType.POLICE)), null);
		notice = mvc
			.perform(post("/api/v1/people/" + child.id() + "/notices").header("Authorization", bearer)
				.contentType("application/json")
				.content("{\"toSettingId\":\"" + school.id() + "\",\"text\":\"Please call us about Eve.\"}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		missingEpisode = mvc
			.perform(post("/api/v1/missing-episodes").header("Authorization", bearer)
				.contentType("application/json")
				.content("{\"childId\":\"" + child.id() + "\",\"missingAt\":\"" + Instant.now().minusSeconds(20_000)
						+ "\",\"lastSeen\":\"Bus station\",\"risk\":\"HIGH\"}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(post(missingEpisode + "/return").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"returnedAt\":\"" + Instant.now().minusSeconds(10_000) + "\",\"foundAt\":\"Home\"}"));
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> count("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND person_id = ?", lead.id(),
					child.id()) > 0 && count("SELECT COUNT(*) FROM signal WHERE person_id = ?", child.id()) > 0
					&& count("SELECT COUNT(*) FROM notification_encompass WHERE person_id = ?", child.id()) > 0);
	}

	private long count(String sql, Object... params) {
		return db.sql(sql).params(params).query(Long.class).single();
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
		String signal = db.sql("SELECT id FROM signal WHERE person_id = ? ORDER BY raised_at LIMIT 1")
			.param(child.id())
			.query(UUID.class)
			.single()
			.toString();
		calls.put("GET /signals", page(get("/signals").param("show", "all")));
		calls.put("GET /signals/{id}", page(get("/signals/" + signal)));
		calls.put("GET /api/v1/signals", api(get("/api/v1/signals").param("status", "all").param("size", "200")));
		calls.put("GET /api/v1/signals/{id}", api(get("/api/v1/signals/" + signal)));
		String missingId = missingEpisode.substring(missingEpisode.lastIndexOf('/') + 1);
		calls.put("GET /missing-episodes", page(get("/missing-episodes")));
		calls.put("GET /missing-episodes/{id}/return", page(get("/missing-episodes/" + missingId + "/return")));
		calls.put("GET /missing-episodes/{id}/return-interview",
				page(get("/missing-episodes/" + missingId + "/return-interview")));
		calls.put("GET /notices/{noticeId}", page(get("/notices/" + notice.substring(notice.lastIndexOf('/') + 1))));
		String encompass = db.sql("SELECT id FROM notification_encompass WHERE person_id = ?")
			.param(child.id())
			.query(UUID.class)
			.single()
			.toString();
		calls.put("GET /operation-encompass", get("/operation-encompass").with(as(schoolLead)));
		calls.put("GET /operation-encompass/{id}", get("/operation-encompass/" + encompass).with(as(schoolLead)));
		calls.put("GET /api/v1/operation-encompass", get("/api/v1/operation-encompass").with(as(schoolLead)));
		// the shared test database holds other tests' work too: ask for the page the
		// child is on
		long earlierContacts = count(
				"""
						SELECT COUNT(*) FROM contact c, contact o WHERE o.id = ? AND c.in_queue = TRUE
						AND (c.decision_due < o.decision_due OR (c.decision_due = o.decision_due AND c.received_at < o.received_at))""",
				UUID.fromString(contactId));
		calls.put("GET /api/v1/mash/queue", api(get("/api/v1/mash/queue").param("size", "200")
			.param("page", String.valueOf(earlierContacts / 200 + 1))));
		long earlierEpisodes = count(
				"""
						SELECT COUNT(*) FROM episode e, episode o
						WHERE o.lead_professional_id IS NULL AND o.status <> 'CLOSED' AND ? IN (SELECT person_id FROM episode_child WHERE episode_id = o.id)
						AND e.status <> 'CLOSED' AND e.lead_professional_id IS NULL
						AND (e.opened_at < o.opened_at OR (e.opened_at = o.opened_at AND e.id < o.id))""",
				child.id());
		calls.put("GET /early-help/manager",
				page(get("/early-help/manager").param("page", String.valueOf(earlierEpisodes / 25 + 1))));
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
	 * "METHOD path" → yes or no; the third column says why, and lines starting with # are
	 * comments.
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
				assertThat(cells[1]).as(line).isIn("yes", "no");
				rows.put(cells[0].strip(), cells[1]);
			}
		}
		return rows;
	}

}
