package org.fullpicture.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.notify.internal.Digest;
import org.fullpicture.notify.internal.Escalation;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@Import(TestClock.Config.class)
class NotificationsApiTests {

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

	@Autowired
	Escalation escalation;

	@Autowired
	Digest digest;

	Agency school;

	Agency police;

	Agency health;

	Practitioner teacher;

	Practitioner schoolDsl;

	Practitioner officer;

	Practitioner healthDsl;

	Person child;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-04T10:00:00Z"));
		school = fixtures.agency(AgencyType.SCHOOL);
		police = fixtures.agency(AgencyType.POLICE);
		health = fixtures.agency(AgencyType.HEALTH_VISITING);
		teacher = fixtures.practitioner(school);
		schoolDsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		officer = fixtures.practitioner(police);
		healthDsl = fixtures.practitioner(health, Role.SAFEGUARDING_LEAD);
		child = fixtures.child("Nia", Fixtures.randomName(), LocalDate.of(2015, 3, 3), teacher.id());
		NotifyScenario.involve(involvements, child, school, teacher);
		NotifyScenario.involve(involvements, child, health, null);
	}

	@Test
	void anArrestTellsTheOtherAgenciesAtOnceButNotTheAgencyThatRecordedIt() throws Exception {
		UUID entry = NotifyScenario.record(mvc, fixtures, officer, child, "ARREST", "2026-11-04T09:00:00Z", "NORMAL");
		NotifyScenario.settle(db);

		mvc.perform(get("/api/v1/notifications").param("unread", "true").with(SignedIn.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.notifications[0].kind", is("ENTRY_RECORDED")))
			.andExpect(jsonPath("$.notifications[0].personId", is(child.id().toString())))
			.andExpect(jsonPath("$.notifications[0].entryId", is(entry.toString())))
			.andExpect(jsonPath("$.notifications[0].summary",
					is("Arrest recorded by " + officer.displayName() + ", " + police.name())))
			.andExpect(jsonPath("$.notifications[0].createdAt", is("2026-11-04T10:00:00Z")))
			// 4 working hours from 10:00 on a Wednesday
			.andExpect(jsonPath("$.notifications[0].dueBy", is("2026-11-04T14:00:00Z")))
			.andExpect(jsonPath("$.notifications[0].acknowledgedAt", nullValue()))
			.andExpect(jsonPath("$.unread", is(1)));
		// an agency with no named practitioner is told through its safeguarding leads
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(healthDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(1)));
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(officer)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));
		// the school's named practitioner is told, not every member of the school
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(schoolDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));
	}

	@Test
	void aConcernWaitsForTheDailyDigest() throws Exception {
		NotifyScenario.record(mvc, fixtures, officer, child, "CONCERN", "2026-11-04T09:00:00Z", "NORMAL");
		NotifyScenario.settle(db);
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(teacher)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));

		clock.set(Instant.parse("2026-11-04T16:00:00Z"));
		digest.deliver();

		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(teacher)))
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.notifications[0].createdAt", is("2026-11-04T10:00:00Z")))
			.andExpect(jsonPath("$.notifications[0].deliveredAt", is("2026-11-04T16:00:00Z")))
			.andExpect(jsonPath("$.notifications[0].dueBy", nullValue()));
	}

	@Test
	void aRestrictedEntryIsAnnouncedWithoutSayingWhatItIs() throws Exception {
		NotifyScenario.record(mvc, fixtures, officer, child, "SELF_HARM", "2026-11-04T09:00:00Z", "RESTRICTED");
		NotifyScenario.settle(db);
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(teacher)))
			.andExpect(
					jsonPath("$.notifications[0].summary", is("Restricted information recorded by " + police.name())));
	}

	@Test
	void aPractitionerAcknowledgesTheirOwnNotificationsOnlyAndAMixedRequestChangesNothing() throws Exception {
		NotifyScenario.record(mvc, fixtures, officer, child, "ARREST", "2026-11-04T09:00:00Z", "NORMAL");
		NotifyScenario.record(mvc, fixtures, officer, child, "MISSING", "2026-11-04T09:30:00Z", "NORMAL");
		NotifyScenario.settle(db);
		List<UUID> teachers = ids(teacher);
		List<UUID> healths = ids(healthDsl);
		assertThat(teachers).hasSize(2);

		mvc.perform(post("/api/v1/notifications/" + teachers.get(0) + "/acknowledge").with(SignedIn.as(healthDsl)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/acknowledgements").with(SignedIn.as(teacher))
			.contentType("application/json")
			.content("{\"ids\":[\"" + teachers.get(0) + "\",\"" + healths.get(0) + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("ids[1]")));
		assertThat(unacknowledged()).isEqualTo(4);

		mvc.perform(post("/api/v1/notifications/" + teachers.get(0) + "/acknowledge").with(SignedIn.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedAt", notNullValue()));
		mvc.perform(post("/api/v1/notifications/acknowledgements").with(SignedIn.as(healthDsl))
			.contentType("application/json")
			.content("{\"ids\":[\"" + healths.get(0) + "\",\"" + healths.get(1) + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged", is(2)));
		mvc.perform(get("/api/v1/notifications").param("unread", "true").with(SignedIn.as(teacher)))
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.unread", is(1)));
		mvc.perform(post("/api/v1/notifications/acknowledgements").with(SignedIn.as(teacher))
			.contentType("application/json")
			.content("{\"ids\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("ids")));
	}

	@Test
	void anUrgentNotificationNobodyAcknowledgesInFourWorkingHoursGoesToTheSafeguardingLead() throws Exception {
		clock.set(Instant.parse("2026-11-06T15:00:00Z")); // a Friday, 15:00
		NotifyScenario.record(mvc, fixtures, officer, child, "SELF_HARM", "2026-11-06T14:00:00Z", "NORMAL");
		NotifyScenario.settle(db);

		clock.set(Instant.parse("2026-11-09T10:59:00Z")); // Monday: 2 hours on Friday + 2
															// on Monday end at 11:00
		escalation.escalateOverdue();
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(schoolDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(0)));

		clock.advance(Duration.ofMinutes(2));
		escalation.escalateOverdue();
		escalation.escalateOverdue();
		mvc.perform(get("/api/v1/notifications").with(SignedIn.as(schoolDsl)))
			.andExpect(jsonPath("$.notifications", hasSize(1)))
			.andExpect(jsonPath("$.notifications[0].kind", is("ESCALATION")))
			.andExpect(jsonPath("$.notifications[0].personId", is(child.id().toString())));
	}

	@Test
	void withoutSigningInThereAreNoNotifications() throws Exception {
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
		mvc.perform(
				post("/api/v1/notifications/acknowledgements").contentType("application/json").content("{\"ids\":[]}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/notifications/" + UUID.randomUUID() + "/acknowledge"))
			.andExpect(status().isUnauthorized());
	}

	private List<UUID> ids(Practitioner recipient) {
		return db.sql("SELECT id FROM notification WHERE recipient_id = ? ORDER BY created_at, id")
			.param(recipient.id())
			.query(UUID.class)
			.list();
	}

	private long unacknowledged() {
		return db.sql("SELECT COUNT(*) FROM notification WHERE recipient_id IN (?, ?) AND acknowledged_at IS NULL")
			.params(teacher.id(), healthDsl.id())
			.query(Long.class)
			.single();
	}

}
