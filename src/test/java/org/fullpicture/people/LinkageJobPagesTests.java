package org.fullpicture.people;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
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
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class LinkageJobPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	Agency school;

	Practitioner dataQuality;

	Practitioner teacher;

	@BeforeEach
	void staff() {
		school = fixtures.agency(AgencyType.SCHOOL);
		dataQuality = fixtures.practitioner(school, Role.DATA_QUALITY);
		teacher = fixtures.practitioner(school);
	}

	@Test
	void onlyStaffWhoLoadFilesMayUploadOne() throws Exception {
		for (var anonymous : new RequestBuilder[] { get("/linkage-jobs/new"), get("/linkage-jobs/" + UUID.randomUUID()),
				upload("given_name,family_name,date_of_birth\nA,B,2010-01-01\n") }) {
			mvc.perform(anonymous)
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
		}
		mvc.perform(get("/linkage-jobs/new").with(as(teacher))).andExpect(status().isForbidden());
		mvc.perform(upload("given_name,family_name,date_of_birth\nA,B,2010-01-01\n").with(as(teacher)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").with(as(teacher)))
			.andExpect(content().string(not(containsString("Link a file of records"))));
		Practitioner lead = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/linkage-jobs/new").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/linkage-jobs/new\">Link a file of records")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("<code>date_of_birth</code>")));
	}

	@Test
	void aFileWithTheWrongColumnsOrNoRowsIsRefusedWithTheErrorSummary() throws Exception {
		mvc.perform(upload("first,last\nA,B\n").with(as(dataQuality)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#file\">The header row must name the columns")))
			.andExpect(content().string(containsString("it is missing given_name, family_name, date_of_birth")));
		mvc.perform(upload("given_name,family_name,date_of_birth\n").with(as(dataQuality)))
			.andExpect(content().string(containsString("The file has a header row but no records")));
		mvc.perform(upload("").with(as(dataQuality)))
			.andExpect(content().string(containsString("href=\"#file\">Select a CSV file")));
	}

	@Test
	void aFileIsLinkedWhileTheProgressPageRefreshesThenShowsASummaryAndTheRowErrors() throws Exception {
		String csv = "\uFEFFgiven_name,family_name,date_of_birth,sex,nhs_number,address_line1,postcode\n" + "Ravi,"
				+ Fixtures.randomName() + ",3/4/2013,M,,12 Station Road," + Fixtures.randomPostcode() + "\n"
				+ "Bad,Number,2011-01-01,F,943 476 5910,,\n";
		String job = mvc.perform(upload(csv).with(as(dataQuality)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(job).startsWith("/linkage-jobs/");

		String page = "";
		for (int i = 0; i < 100 && !page.contains("Linkage finished"); i++) {
			page = mvc.perform(get(job).with(as(dataQuality)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!page.contains("Linkage finished")) {
				Thread.sleep(100);
			}
		}
		assertThat(page).contains("Linkage finished")
			.doesNotContain("http-equiv=\"refresh\"")
			.contains("Linked to existing records")
			.contains("Recorded new")
			.contains("Could not be read")
			.contains("Rows that could not be read")
			.contains("fails its check digit")
			.contains("<td class=\"govuk-table__cell\">nhs_number</td>");

		mvc.perform(
				get(job).with(as(fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL), Role.SAFEGUARDING_LEAD))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRunningJobShowsItsProgressAndRefreshesItselfWithoutScript() throws Exception {
		UUID id = UUID.randomUUID();
		// a job caught part way through: 120 of 400 rows done
		db.sql("""
				INSERT INTO linkage_job (id, file_name, started_by, status, total_rows, processed, linked, queued, created,
				                         failed, started_at)
				VALUES (?, 'roll.csv', ?, 'RUNNING', 400, 120, 100, 5, 15, 0, ?)""")
			.params(id, dataQuality.id(), OffsetDateTime.now())
			.update();
		mvc.perform(get("/linkage-jobs/" + id).with(as(dataQuality)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"2\">")))
			.andExpect(content().string(containsString("Linked 120 of 400 records (30%)")))
			.andExpect(content()
				.string(containsString("<progress id=\"progress\" class=\"fp-progress\" max=\"400\" value=\"120\">")));
		mvc.perform(get("/linkage-jobs/" + id).with(as(teacher))).andExpect(status().isForbidden());
	}

	private static MockMultipartHttpServletRequestBuilder upload(String csv) {
		MockMultipartHttpServletRequestBuilder request = multipart("/linkage-jobs");
		request
			.file(new MockMultipartFile("file", "school-roll.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		request.with(csrf());
		return request;
	}

}
