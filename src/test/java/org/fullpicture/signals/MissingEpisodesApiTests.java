package org.fullpicture.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.fullpicture.support.SignedIn.as;

@DatabaseTest
class MissingEpisodesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	Family family;

	Practitioner officer;

	Practitioner admin;

	Person child;

	@BeforeEach
	void setUp() {
		family = new Family(mvc, fixtures, people, db);
		officer = family.at(AgencyType.POLICE);
		admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.ADMINISTRATOR);
		child = family.child(LocalDate.now().minusYears(14));
	}

	ResultActions send(Practitioner by, String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", fixtures.bearer(mvc, by))
			.contentType("application/json")
			.content(body));
	}

	static Instant hoursAgo(double hours) {
		return Instant.now().minus(Duration.ofMinutes((long) (hours * 60)));
	}

	String report(Person child, Instant missingAt) throws Exception {
		String body = send(officer, "/api/v1/missing-episodes",
				"{\"childId\":\"" + child.id() + "\",\"missingAt\":\"" + missingAt
						+ "\",\"lastSeen\":\"Bus station\",\"risk\":\"HIGH\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		family.awaitListeners(child.id().toString());
		return id;
	}

	void returned(String episode, Instant at) throws Exception {
		send(officer, "/api/v1/missing-episodes/" + episode + "/return",
				"{\"returnedAt\":\"" + at + "\",\"foundAt\":\"A flat in town\",\"foundWith\":\"Two older men\"}")
			.andExpect(status().isNoContent());
		family.awaitListeners(child.id().toString());
	}

	void evaluate(Person p) throws Exception {
		send(admin, "/api/v1/signals/evaluation?personId=" + p.id(), "").andExpect(status().isOk());
	}

	@Test
	void aReturnWithNoInterviewOfferedAfterSeventyTwoHoursRaisesTheOverdueSignalAndNotBefore() throws Exception {
		String late = report(child, hoursAgo(80));
		returned(late, hoursAgo(72.5));
		Person other = family.child(LocalDate.now().minusYears(14));
		String onTime = report(other, hoursAgo(80));
		send(officer, "/api/v1/missing-episodes/" + onTime + "/return",
				"{\"returnedAt\":\"" + hoursAgo(71.5) + "\",\"foundAt\":\"Home\"}")
			.andExpect(status().isNoContent());

		evaluate(child);
		evaluate(other);
		assertThat(family.signals(child, "missing-return-interview-overdue")).singleElement()
			.satisfies(s -> assertThat(Family.evidence(s)).hasSize(2));
		assertThat(family.signals(other, "missing-return-interview-overdue")).isEmpty();
		mvc.perform(get("/api/v1/people/" + child.id() + "/missing-episodes").header("Authorization",
				fixtures.bearer(mvc, family.mash)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missingEpisodes[0].returnInterviewOverdue", is(true)))
			.andExpect(jsonPath("$.missingEpisodes[0].foundWith", is("Two older men")));
	}

	@Test
	void theHomePageShowsTheReportingAgencyItsSeventyTwoHourClocksAndTheMashAllOfThem() throws Exception {
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/").with(as(teacher)))
			.andExpect(content().string(not(containsString("Return home interviews"))));
		returned(report(child, hoursAgo(80)), hoursAgo(73));
		Person other = family.child(LocalDate.now().minusYears(13));
		String waiting = report(other, hoursAgo(30));
		send(officer, "/api/v1/missing-episodes/" + waiting + "/return",
				"{\"returnedAt\":\"" + hoursAgo(20) + "\",\"foundAt\":\"Home\"}")
			.andExpect(status().isNoContent());

		mvc.perform(get("/").with(as(officer)))
			.andExpect(content().string(allOf(containsString("Return home interviews"),
					containsString("1 child was not offered an interview within 72 hours of coming back"),
					containsString("1 interview is still within its 72 hours"))));
		mvc.perform(get("/").with(as(family.mash)))
			.andExpect(content().string(containsString("Return home interviews")))
			.andExpect(content().string(containsString("not offered an interview within 72 hours")));
		mvc.perform(get("/").with(as(teacher)))
			.andExpect(content().string(not(containsString("Return home interviews"))));
	}

	@Test
	void anInterviewOfferedInTimeIsWrittenToTheChronologyAndStopsTheClock() throws Exception {
		String episode = report(child, hoursAgo(30));
		returned(episode, hoursAgo(24));
		send(officer, "/api/v1/missing-episodes/" + episode + "/return-interview",
				"{\"offeredAt\":\"" + hoursAgo(20) + "\",\"outcome\":\"ACCEPTED\",\"conductedAt\":\"" + hoursAgo(2)
						+ "\",\"conductedBy\":\"Missing service worker\",\"independent\":false,\"findings\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("independent", "findings")));
		send(officer, "/api/v1/missing-episodes/" + episode + "/return-interview",
				"{\"offeredAt\":\"" + hoursAgo(20) + "\",\"outcome\":\"ACCEPTED\",\"conductedAt\":\"" + hoursAgo(2)
						+ "\",\"conductedBy\":\"Missing service worker\",\"independent\":true,"
						+ "\"pushFactors\":\"Arguments at home\",\"pullFactors\":\"Friends in town\","
						+ "\"exploitationIndicators\":\"New phone\",\"findings\":\"Said she stayed with a friend.\"}")
			.andExpect(status().isNoContent());
		send(officer, "/api/v1/missing-episodes/" + episode + "/return-interview",
				"{\"offeredAt\":\"" + hoursAgo(20) + "\",\"outcome\":\"DECLINED\"}")
			.andExpect(status().isConflict());

		assertThat(db.sql("""
				SELECT e.text FROM chronology_entry e JOIN chronology_entry_child c ON c.entry_id = e.id
				WHERE c.person_id = ? AND e.type = 'RETURN_HOME_INTERVIEW'""")
			.param(child.id())
			.query(String.class)
			.single()).contains("Push factors: Arguments at home", "Pull factors: Friends in town",
					"Exploitation indicators: New phone");
		mvc.perform(get("/api/v1/people/" + child.id() + "/missing-episodes").header("Authorization",
				fixtures.bearer(mvc, family.mash)))
			.andExpect(jsonPath("$.missingEpisodes[0].returnInterviewOutcome", is("ACCEPTED")))
			.andExpect(jsonPath("$.missingEpisodes[0].returnInterviewOverdue", is(false)));
	}

	@Test
	void threeEpisodesInThirtyDaysRaiseRepeatMissingAndTwoDoNot() throws Exception {
		report(child, hoursAgo(29 * 24));
		report(child, hoursAgo(10 * 24));
		assertThat(family.signals(child, "repeat-missing")).isEmpty();
		report(child, hoursAgo(1));
		assertThat(family.signals(child, "repeat-missing")).singleElement()
			.satisfies(s -> assertThat(Family.evidence(s)).hasSize(3));
	}

	@Test
	void aReportThatBreaksTheRulesNamesEachFieldAndStoresNothing() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM signal_missing_episode").query(Long.class).single();
		send(officer, "/api/v1/missing-episodes",
				"{\"childId\":\"" + child.id() + "\",\"missingAt\":\"" + Instant.now().plus(Duration.ofDays(1))
						+ "\",\"lastSeen\":\" \",\"risk\":\"SEVERE\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("missingAt", "lastSeen", "risk")));
		assertThat(db.sql("SELECT COUNT(*) FROM signal_missing_episode").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyReadersSeeAChildsEpisodesAndOnlyManagersAndAnalystsTheMonthlyReport() throws Exception {
		String episode = report(child, hoursAgo(10));
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		mvc.perform(get("/api/v1/people/" + child.id() + "/missing-episodes").header("Authorization",
				fixtures.bearer(mvc, stranger)))
			.andExpect(status().isForbidden());
		send(stranger, "/api/v1/missing-episodes/" + episode + "/return",
				"{\"returnedAt\":\"" + hoursAgo(1) + "\",\"foundAt\":\"Home\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/missing-episodes/report").header("Authorization", fixtures.bearer(mvc, stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/missing-episodes/report").header("Authorization", fixtures.bearer(mvc, admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months").isArray());
	}

}
