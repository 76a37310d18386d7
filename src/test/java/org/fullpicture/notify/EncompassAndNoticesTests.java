package org.fullpicture.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@Import(TestClock.Config.class)
class EncompassAndNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	People people;

	@Autowired
	Involvements involvements;

	@Autowired
	TestClock clock;

	Agency nursery;

	Agency police;

	Practitioner nurseryDsl;

	Practitioner officer;

	Person child;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-06T20:30:00Z")); // Friday evening
		nursery = fixtures.agency(AgencyType.EARLY_YEARS);
		police = fixtures.agency(AgencyType.POLICE);
		nurseryDsl = fixtures.practitioner(nursery, Role.SAFEGUARDING_LEAD);
		officer = fixtures.practitioner(police);
		child = fixtures.child("Ollie", Fixtures.randomName(), LocalDate.of(2023, 2, 2), officer.id());
		people.changeEducationSetting(child.id(), nursery.id(), LocalDate.of(2025, 9, 1), null);
	}

	@Test
	void aPoliceDomesticAbuseIncidentReachesTheNurseryDslBeforeTheNextSchoolDayAndPoliceSeeWhetherItWasOnTime()
			throws Exception {
		NotifyScenario.record(mvc, fixtures, officer, child, "DOMESTIC_ABUSE_INCIDENT", "2026-11-06T19:00:00Z",
				"NORMAL");
		NotifyScenario.settle(db); // told on the Friday evening, before the clock moves
									// on
		// recorded on the Monday after school started: late
		clock.set(Instant.parse("2026-11-16T10:00:00Z"));
		NotifyScenario.record(mvc, fixtures, officer, child, "DOMESTIC_ABUSE_INCIDENT", "2026-11-13T22:00:00Z",
				"NORMAL");
		NotifyScenario.settle(db);

		String id = mvc.perform(get("/api/v1/notifications").with(SignedIn.as(nurseryDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(2)))
			.andExpect(jsonPath("$.notifications[1].kind", is("OPERATION_ENCOMPASS")))
			.andExpect(jsonPath("$.notifications[1].dueBy", is("2026-11-09T08:45:00Z")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(
					".*\"id\":\"([^\"]+)\",\"kind\":\"OPERATION_ENCOMPASS\",\"personId\":\"[^\"]+\",\"entryId\":\"[^\"]+\",\"summary\":\"[^\"]+\",\"link\":\"[^\"]+\",\"urgent\":true,\"createdAt\":\"2026-11-06.*",
					"$1");
		mvc.perform(post("/api/v1/notifications/" + id + "/acknowledge").with(SignedIn.as(nurseryDsl)))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/operation-encompass").with(SignedIn.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices", hasSize(2)))
			.andExpect(jsonPath("$.notices[0].onTime", is(false)))
			.andExpect(jsonPath("$.notices[0].acknowledged", is(false)))
			.andExpect(jsonPath("$.notices[1].onTime", is(true)))
			.andExpect(jsonPath("$.notices[1].acknowledged", is(true)))
			.andExpect(jsonPath("$.months[0].month", is("2026-11")))
			.andExpect(jsonPath("$.months[0].onTimePercent", is(50)));
		mvc.perform(get("/api/v1/operation-encompass").with(SignedIn.as(nurseryDsl)))
			.andExpect(jsonPath("$.notices", hasSize(2)))
			.andExpect(jsonPath("$.notices[0].settingName", is(nursery.name())))
			.andExpect(jsonPath("$.notices[1].settingName", is(nursery.name())));
		mvc.perform(get("/api/v1/operation-encompass").with(SignedIn.as(fixtures.practitioner(nursery))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/operation-encompass")).andExpect(status().isUnauthorized());
	}

	@Test
	void aNoticeToASchoolTheChildHasLeftGoesToTheCurrentOneAndTheSenderIsToldWhy() throws Exception {
		Moved moved = pupilWhoMovedSchool();
		Agency northfield = moved.northfield();
		Agency westbrook = moved.westbrook();
		Practitioner westbrookDsl = moved.westbrookDsl();
		Practitioner northfieldDsl = moved.northfieldDsl();
		Person pupil = moved.pupil();
		Agency health = moved.health();
		Practitioner nurse = moved.nurse();

		mvc.perform(
				post("/api/v1/people/" + pupil.id() + "/notices").with(SignedIn.as(nurse))
					.contentType("application/json")
					.content("{\"toSettingId\":\"" + northfield.id()
							+ "\",\"text\":\"Please call about Kai's appointments.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id", notNullValue()))
			.andExpect(jsonPath("$.deliveredToSettingId", is(westbrook.id().toString())))
			.andExpect(jsonPath("$.rerouted", is(true)))
			.andExpect(jsonPath("$.reason",
					is("left " + northfield.name() + " on 18 July 2025; now at " + westbrook.name())));
		NotifyScenario.settle(db);
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(westbrookDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.notifications[0].kind", is("SETTING_NOTICE")));
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(northfieldDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));
		assertThat(db
			.sql("SELECT COUNT(*) FROM notification_notice WHERE person_id = ? AND rerouted AND reason IS NOT NULL")
			.param(pupil.id())
			.query(Long.class)
			.single()).isOne();

		// nothing is sent, nor the current school revealed, to a practitioner with no
		// grounds to see the record
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(post("/api/v1/people/" + pupil.id() + "/notices").with(SignedIn.as(stranger))
			.contentType("application/json")
			.content("{\"toSettingId\":\"" + northfield.id() + "\",\"text\":\"Hello\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people/" + pupil.id() + "/notices").with(SignedIn.as(nurse))
			.contentType("application/json")
			.content("{\"toSettingId\":\"" + health.id() + "\",\"text\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("toSettingId")))
			.andExpect(jsonPath("$.errors[1].field", is("text")));
		mvc.perform(post("/api/v1/people/" + UUID.randomUUID() + "/notices").with(SignedIn.as(nurse))
			.contentType("application/json")
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/people/" + pupil.id() + "/notices").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
		assertThat(db.sql("SELECT COUNT(*) FROM notification_notice WHERE person_id = ?")
			.param(pupil.id())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aNoticeSentFromTheChildsPageReachesTheCurrentSettingWhoseLeadReadsItAndNobodyElse() throws Exception {
		Moved moved = pupilWhoMovedSchool();
		Agency northfield = moved.northfield();
		Agency westbrook = moved.westbrook();
		Practitioner westbrookDsl = moved.westbrookDsl();
		Practitioner northfieldDsl = moved.northfieldDsl();
		Person pupil = moved.pupil();
		Agency health = moved.health();
		Practitioner nurse = moved.nurse();
		String form = "/children/" + pupil.id() + "/notices";

		// the form starts on the setting the child is at now
		mvc.perform(get(form + "/new").with(SignedIn.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + westbrook.id() + "\" selected")));
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		mvc.perform(get(form + "/new").with(SignedIn.as(stranger))).andExpect(status().isForbidden());
		mvc.perform(post(form).with(SignedIn.as(stranger))
			.with(csrf())
			.param("toSettingId", westbrook.id().toString())
			.param("text", "Hello")).andExpect(status().isForbidden());
		mvc.perform(get(form + "/new")).andExpect(status().is3xxRedirection());
		// refused: the problems by field, the words kept, nothing sent
		mvc.perform(post(form).with(SignedIn.as(nurse))
			.with(csrf())
			.param("toSettingId", "")
			.param("text", "Please call about Kai's appointments."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#toSettingId\""),
					containsString("Please call about Kai&#39;s appointments."))));
		assertThat(db.sql("SELECT COUNT(*) FROM notification_notice WHERE person_id = ?")
			.param(pupil.id())
			.query(Long.class)
			.single()).isZero();

		mvc.perform(post(form).with(SignedIn.as(nurse))
			.with(csrf())
			.param("toSettingId", northfield.id().toString())
			.param("text", "Please call about Kai's appointments."))
			.andExpect(redirectedUrl("/children/" + pupil.id()))
			.andExpect(flash().attribute("banner",
					"Your notice was sent to " + westbrook.name() + " instead, the child's setting now: left "
							+ northfield.name() + " on 18 July 2025; now at " + westbrook.name()));
		NotifyScenario.settle(db);
		String link = db.sql("SELECT link FROM notification WHERE recipient_id = ? AND kind = 'SETTING_NOTICE'")
			.param(westbrookDsl.id())
			.query(String.class)
			.single();
		long looks = db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ?")
			.params(westbrookDsl.id(), pupil.id())
			.query(Long.class)
			.single();
		mvc.perform(get(link).with(SignedIn.as(westbrookDsl)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please call about Kai&#39;s appointments."),
					containsString(northfield.name()), containsString(pupil.fullName()))));
		assertThat(db.sql("SELECT COUNT(*) FROM audit_event WHERE practitioner_id = ? AND person_id = ?")
			.params(westbrookDsl.id(), pupil.id())
			.query(Long.class)
			.single()).isEqualTo(looks + 1);
		// the school the child left, and anyone else, finds no such notice
		mvc.perform(get(link).with(SignedIn.as(northfieldDsl))).andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(status().is3xxRedirection());
	}

	/**
	 * Kai left Northfield on 18 July 2025 for Westbrook; a health visitor works with him.
	 */
	record Moved(Agency northfield, Agency westbrook, Practitioner northfieldDsl, Practitioner westbrookDsl,
			Person pupil, Agency health, Practitioner nurse) {
	}

	private Moved pupilWhoMovedSchool() {
		Agency northfield = fixtures.agency(AgencyType.SCHOOL);
		Agency westbrook = fixtures.agency(AgencyType.SCHOOL);
		Practitioner westbrookDsl = fixtures.practitioner(westbrook, Role.SAFEGUARDING_LEAD);
		Practitioner northfieldDsl = fixtures.practitioner(northfield, Role.SAFEGUARDING_LEAD);
		Person pupil = fixtures.child("Kai", Fixtures.randomName(), LocalDate.of(2012, 5, 5), officer.id());
		people.changeEducationSetting(pupil.id(), northfield.id(), LocalDate.of(2022, 9, 1), null);
		people.changeEducationSetting(pupil.id(), westbrook.id(), LocalDate.of(2025, 7, 19), null);
		Agency health = fixtures.agency(AgencyType.HEALTH_VISITING);
		Practitioner nurse = fixtures.practitioner(health);
		NotifyScenario.involve(involvements, pupil, health, nurse);
		return new Moved(northfield, westbrook, northfieldDsl, westbrookDsl, pupil, health, nurse);
	}

}
