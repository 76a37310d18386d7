package org.fullpicture.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the directory from its pages: import an export and follow it,
 * change a service's status, record a check. Nobody else may.
 */
@DatabaseTest
class DirectoryAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient db;

	Practitioner admin;

	Practitioner worker;

	@BeforeEach
	void setUp() {
		admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
		worker = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP));
	}

	@Test
	void anAdministratorImportsAnExportFollowsItAndClosesAServiceAndOthersMayNot() throws Exception {
		UUID id = UUID.randomUUID();
		String name = "Dads Club " + Fixtures.randomName();
		MockMultipartFile export = new MockMultipartFile("file", "export.json", "application/json",
				("{\"id\":\"" + id + "\",\"name\":\"" + name
						+ "\",\"status\":\"active\",\"assured_date\":\"2024-01-01\"}")
					.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/services/imports").file(export).with(as(worker)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/services/manage").with(as(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/services/manage")).andExpect(status().is3xxRedirection());

		String progress = mvc.perform(multipart("/services/imports").file(export).with(as(admin)).with(csrf()))
			.andExpect(redirectedUrlPattern("/services/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(progress).with(as(worker))).andExpect(status().isForbidden());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get(progress).with(as(admin)))
				.andExpect(content().string(allOf(containsString("Import finished"),
						containsString("<dd class=\"govuk-summary-list__value\">1</dd>")))));

		mvc.perform(get("/services/manage").param("text", name).with(as(admin)))
			.andExpect(content().string(allOf(containsString(name), containsString("1 January 2024"))));
		mvc.perform(post("/services/" + id + "/status").with(as(worker)).with(csrf()).param("status", "DEFUNCT"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/services/" + id + "/status").with(as(admin)).with(csrf()).param("status", "DEFUNCT"))
			.andExpect(redirectedUrl("/services/manage"));
		assertThat(directory.get(id).status()).isEqualTo(ServiceStatus.DEFUNCT);
		mvc.perform(post("/services/" + id + "/checked").with(as(worker)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/services/" + id + "/checked").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/services/manage"));
		assertThat(directory.get(id).assuredDate()).isEqualTo(LocalDate.now());
	}

	@Test
	void aFileThatIsNotAnExportIsRefusedByNameAndNothingIsImported() throws Exception {
		long before = db.sql("SELECT COUNT(*) FROM directory_import").query(Long.class).single();
		mvc.perform(multipart("/services/imports").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("href=\"#file\""), containsString("Select an Open Referral UK JSON file"))));
		mvc.perform(multipart("/services/imports")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", "name,age\n".getBytes(StandardCharsets.UTF_8)))
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is not JSON")));
		assertThat(db.sql("SELECT COUNT(*) FROM directory_import").query(Long.class).single()).isEqualTo(before);
	}

}
