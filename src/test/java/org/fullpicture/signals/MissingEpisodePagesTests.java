package org.fullpicture.signals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
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
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page forms of a missing episode: report, return and return home interview, each
 * with its error summary, the form back filled in, nothing changed on error, and the look
 * at the child audited.
 */
@DatabaseTest
class MissingEpisodePagesTests {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	Family family;

	Person child;

	Practitioner officer;

	@BeforeEach
	void setUp() {
		family = new Family(mvc, fixtures, people, db);
		child = family.child(LocalDate.now().minusYears(14));
		officer = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
	}

	@Test
	void anyoneReportsAChildMissingThroughTheFormAndABadFormComesBackFilledInWithNothingStored() throws Exception {
		long audited = auditRows();
		mvc.perform(get("/children/" + child.id() + "/missing-episodes/new").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Report a child missing"),
					containsString(child.fullName()), containsString("Risk grading"))));
		assertThat(auditRows()).isEqualTo(audited + 1);

		mvc.perform(post("/children/" + child.id() + "/missing-episodes").param("missingAt", "31/2/2026 10:00")
			.param("lastSeen", "")
			.with(as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#missingAt\""),
							containsString("as a date and time in the form day/month/year hours:minutes"),
							containsString("href=\"#lastSeen\""), containsString("Enter where the child was last seen"),
							containsString("href=\"#risk\""), containsString("value=\"31/2/2026 10:00\""))));
		assertThat(episodes()).isZero();

		mvc.perform(post("/children/" + child.id() + "/missing-episodes").param("missingAt", typed(30))
			.param("lastSeen", "The bus station")
			.param("risk", "HIGH")
			.with(as(officer))
			.with(csrf())).andExpect(redirectedUrl("/missing-episodes"));
		assertThat(episodes()).isOne();
		assertThat(db.sql("SELECT risk FROM signal_missing_episode WHERE person_id = ?")
			.param(child.id())
			.query(String.class)
			.single()).isEqualTo("HIGH");
	}

	@Test
	void theReturnAndTheInterviewAreRecordedThroughTheirFormsWithTheirClock() throws Exception {
		UUID episode = reportMissing();
		mvc.perform(get("/children/" + child.id() + "/signals").with(as(family.mash)))
			.andExpect(content().string(allOf(containsString("Report the child missing"),
					containsString("/missing-episodes/" + episode + "/return"))));

		long audited = auditRows();
		mvc.perform(get("/missing-episodes/" + episode + "/return").with(as(family.mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Record the child's return"),
					containsString(child.fullName()), containsString("The bus station"))));
		assertThat(auditRows()).isEqualTo(audited + 1);

		mvc.perform(post("/missing-episodes/" + episode + "/return").param("returnedAt", "yesterday")
			.param("foundAt", "Flat 3 Park Road")
			.with(as(family.mash))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#returnedAt\""),
					containsString("value=\"yesterday\""), containsString("value=\"Flat 3 Park Road\""))));
		assertThat(returned(episode)).isNull();

		mvc.perform(post("/missing-episodes/" + episode + "/return").param("returnedAt", typed(20))
			.param("foundAt", "Flat 3 Park Road")
			.with(as(family.mash))
			.with(csrf())).andExpect(redirectedUrl("/missing-episodes"));
		assertThat(returned(episode)).isNotNull();
		mvc.perform(get("/missing-episodes").with(as(family.mash)))
			.andExpect(content().string(allOf(containsString("Due"),
					containsString("/missing-episodes/" + episode + "/return-interview"))));

		mvc.perform(get("/missing-episodes/" + episode + "/return-interview").with(as(family.mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The interview is due by")));
		mvc.perform(post("/missing-episodes/" + episode + "/return-interview").param("offeredAt", typed(10))
			.param("outcome", "ACCEPTED")
			.param("conductedAt", typed(5))
			.param("conductedBy", "Return interview worker")
			.param("pushFactors", "Arguments at home")
			.with(as(family.mash))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"#independent\""), containsString("href=\"#findings\""),
						containsString("value=\"Return interview worker\""), containsString("Arguments at home"))));
		assertThat(offered(episode)).isNull();

		mvc.perform(post("/missing-episodes/" + episode + "/return-interview").param("offeredAt", typed(10))
			.param("outcome", "ACCEPTED")
			.param("conductedAt", typed(5))
			.param("conductedBy", "Return interview worker")
			.param("independent", "yes")
			.param("pushFactors", "Arguments at home")
			.param("findings", "Stayed with a friend; no signs of exploitation")
			.with(as(family.mash))
			.with(csrf())).andExpect(redirectedUrl("/missing-episodes"));
		assertThat(offered(episode)).isNotNull();
		mvc.perform(get("/missing-episodes").with(as(family.mash)))
			.andExpect(content().string(containsString("Offered in time")));
	}

	@Test
	void someoneFromAnotherAgencyWithNoGroundsCannotOpenOrRecordTheReturn() throws Exception {
		UUID episode = reportMissing();
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/missing-episodes/" + episode + "/return").with(as(teacher)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/missing-episodes/" + episode + "/return").param("returnedAt", typed(20))
			.param("foundAt", "Home")
			.with(as(teacher))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(returned(episode)).isNull();
		mvc.perform(get("/children/" + child.id() + "/missing-episodes/new")).andExpect(status().is3xxRedirection());
	}

	private UUID reportMissing() throws Exception {
		mvc.perform(post("/children/" + child.id() + "/missing-episodes").param("missingAt", typed(30))
			.param("lastSeen", "The bus station")
			.param("risk", "MEDIUM")
			.with(as(officer))
			.with(csrf())).andExpect(redirectedUrl("/missing-episodes"));
		return db.sql("SELECT id FROM signal_missing_episode WHERE person_id = ?")
			.param(child.id())
			.query(UUID.class)
			.single();
	}

	private static String typed(int hoursAgo) {
		return LocalDateTime.now(UkTime.ZONE).minusHours(hoursAgo).format(TYPED);
	}

	private long auditRows() {
		return db.sql("SELECT COUNT(*) FROM audit_event WHERE person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single();
	}

	private long episodes() {
		return db.sql("SELECT COUNT(*) FROM signal_missing_episode WHERE person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single();
	}

	private Object returned(UUID episode) {
		return column("returned_at", episode);
	}

	private Object offered(UUID episode) {
		return column("interview_offered_at", episode);
	}

	private Object column(String name, UUID episode) {
		Map<String, Object> row = db.sql("SELECT " + name + " AS v FROM signal_missing_episode WHERE id = ?")
			.param(episode)
			.query()
			.singleRow();
		return row.get("v") != null ? row.get("v") : row.get("V");
	}

}
