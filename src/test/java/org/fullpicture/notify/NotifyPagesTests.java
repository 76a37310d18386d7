package org.fullpicture.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@Import(TestClock.Config.class)
class NotifyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	Involvements involvements;

	@Autowired
	TestClock clock;

	Agency school;

	Practitioner teacher;

	Practitioner officer;

	Person child;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-04T10:00:00Z"));
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		officer = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		child = fixtures.child("Zara", Fixtures.randomName(), LocalDate.of(2014, 4, 4), teacher.id());
		NotifyScenario.involve(involvements, child, school, teacher);
	}

	@Test
	void theHeaderCountsUnreadNotificationsAndThePageAcknowledgesTheOnesTicked() throws Exception {
		NotifyScenario.record(mvc, fixtures, officer, child, "ARREST", "2026-11-04T09:00:00Z", "NORMAL");
		NotifyScenario.record(mvc, fixtures, officer, child, "MISSING", "2026-11-04T09:10:00Z", "NORMAL");
		NotifyScenario.settle(db);
		mvc.perform(get("/notifications").with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fp-count\">2</strong>")))
			.andExpect(content().string(containsString(child.fullName())))
			.andExpect(content().string(containsString("Arrest recorded by " + officer.displayName())));
		List<UUID> ids = db.sql("SELECT id FROM notification WHERE recipient_id = ?")
			.param(teacher.id())
			.query(UUID.class)
			.list();

		mvc.perform(post("/notifications/acknowledge").with(as(teacher))
			.with(csrf())
			.param("id", ids.get(0).toString())
			.param("id", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/notifications").with(as(teacher)))
			.andExpect(content().string(containsString("fp-count\">1</strong>")));
		// another practitioner cannot acknowledge the teacher's notification
		mvc.perform(
				post("/notifications/acknowledge").with(as(officer)).with(csrf()).param("id", ids.get(1).toString()));
		assertThat(db.sql("SELECT acknowledged_at FROM notification WHERE id = ?")
			.param(ids.get(1))
			.query(Instant.class)
			.optional()).isEmpty();
		mvc.perform(get("/notifications").with(as(officer)))
			.andExpect(content().string(containsString("You have no notifications waiting.")))
			.andExpect(content().string(not(containsString(child.fullName()))));
	}

	@Test
	void operationEncompassIsForPoliceAndSettingsLeadsAndTimelinessForThePartnership() throws Exception {
		Practitioner dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		Practitioner analyst = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.PARTNERSHIP_ANALYST);
		mvc.perform(get("/operation-encompass").with(as(officer))).andExpect(status().isOk());
		mvc.perform(get("/operation-encompass").with(as(dsl))).andExpect(status().isOk());
		mvc.perform(get("/operation-encompass").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/operation-encompass").with(as(analyst))).andExpect(status().isForbidden());

		NotifyScenario.record(mvc, fixtures, officer, child, "ARREST", "2026-10-15T09:00:00Z", "NORMAL");
		NotifyScenario.settle(db);
		mvc.perform(get("/timeliness").with(as(analyst)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20 days")));
		mvc.perform(get("/timeliness").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/timeliness").with(as(dsl))).andExpect(status().isForbidden());
	}

	@Test
	void everyNotifyPageSendsTheAnonymousToSignInAndRefusesAPostWithoutItsCsrfToken() throws Exception {
		for (String page : List.of("/notifications", "/operation-encompass", "/timeliness")) {
			mvc.perform(get(page))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
		}
		mvc.perform(post("/notifications/acknowledge").with(as(teacher))).andExpect(status().isForbidden());
	}

}
