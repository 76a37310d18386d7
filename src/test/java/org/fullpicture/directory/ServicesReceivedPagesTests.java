package org.fullpicture.directory;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The services a child receives, from the child's record: recorded from the directory,
 * refused with the form kept, ended with everyone told; behind the record's access.
 */
@DatabaseTest
class ServicesReceivedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	JdbcClient db;

	Practitioner teacher;

	Person child;

	UUID service;

	String suffix;

	@BeforeEach
	void setUp() throws Exception {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		child = fixtures.child("Ria", Fixtures.randomName(), LocalDate.of(2014, 1, 1), teacher.id());
		involvements.add(child.id(), school.id(), teacher.id(), LocalDate.of(2025, 1, 1), null, "On roll",
				org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		int age = Period.between(child.dateOfBirth(), LocalDate.now()).getYears();
		suffix = Fixtures.randomName();
		service = DirectoryServices.add(mvc, admin, "Homework Club " + suffix, "active", age - 2, age + 2);
		DirectoryServices.add(mvc, admin, "Baby Group " + suffix, "active", 0, 2);
	}

	@Test
	void aTeacherRecordsAServiceFromTheDirectoryAndEndsIt() throws Exception {
		String page = "/children/" + child.id() + "/services";
		mvc.perform(get(page).with(as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No services are recorded for this child yet"),
					containsString("href=\"/services?age="
							+ Period.between(child.dateOfBirth(), LocalDate.now()).getYears() + "\""),
					containsString("Homework Club " + suffix), not(containsString("Baby Group " + suffix)))));

		// refused: the problems by field, what was typed kept, nothing recorded
		mvc.perform(post(page).with(as(teacher))
			.with(csrf())
			.param("serviceId", service.toString())
			.param("from.day", "31")
			.param("from.month", "2")
			.param("from.year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#from\""),
					containsString("The start date must be a real date"), containsString("value=\"31\""))));
		mvc.perform(post(page).with(as(teacher))
			.with(csrf())
			.param("from.day", "5")
			.param("from.month", "1")
			.param("from.year", "2026")).andExpect(content().string(containsString("href=\"#serviceId\"")));
		assertThat(received()).isZero();

		mvc.perform(post(page).with(as(teacher))
			.with(csrf())
			.param("serviceId", service.toString())
			.param("from.day", "5")
			.param("from.month", "1")
			.param("from.year", "2026")).andExpect(redirectedUrl(page));
		assertThat(received()).isOne();
		UUID receivedId = db.sql("SELECT id FROM directory_service_received WHERE person_id = ?")
			.param(child.id())
			.query(UUID.class)
			.single();
		mvc.perform(get(page).with(as(teacher)))
			.andExpect(content().string(allOf(containsString(">Receiving</strong>"), containsString("End today"))));

		mvc.perform(post(page + "/" + receivedId + "/end").with(as(teacher)).with(csrf()))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(as(teacher)))
			.andExpect(content().string(allOf(containsString(">Ended</strong>"), not(containsString("End today")))));
		assertThat(db.sql("SELECT to_date FROM directory_service_received WHERE id = ?")
			.param(receivedId)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.now());
	}

	@Test
	void onlyThoseWhoMayReadTheRecordSeeOrChangeItsServices() throws Exception {
		Practitioner stranger = fixtures.practitioner(fixtures.agency(AgencyType.HOUSING));
		String page = "/children/" + child.id() + "/services";
		mvc.perform(get(page).with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(post(page).with(as(stranger))
			.with(csrf())
			.param("serviceId", service.toString())
			.param("from.day", "5")
			.param("from.month", "1")
			.param("from.year", "2026")).andExpect(status().isForbidden());
		mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/" + UUID.randomUUID() + "/end").with(as(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(page).with(as(teacher)).param("serviceId", service.toString()))
			.andExpect(status().isForbidden());
		assertThat(received()).isZero();
	}

	private long received() {
		return db.sql("SELECT COUNT(*) FROM directory_service_received WHERE person_id = ?")
			.param(child.id())
			.query(Long.class)
			.single();
	}

}
