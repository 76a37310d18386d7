package org.fullpicture.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class RecordingAdvicePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	@Autowired
	ChronologyReader reader;

	@Autowired
	JdbcClient db;

	Agency earlyHelp;

	Practitioner worker;

	Person child;

	@BeforeEach
	void aFamilySupportWorkerWithAChild() {
		earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		child = fixtures.child("Nia", "Advice", LocalDate.of(2015, 5, 5), worker.id());
		involvements.startByWorkflow(child.id(), earlyHelp.id(), worker.id(), "Family support", worker.id());
	}

	@Test
	void stockPhrasesAreShownBesideTheWordsWhichAreKeptAndRecordedOnTheNextSubmission() throws Exception {
		String words = "Parents were resistant and the visit went as expected.";
		mvc.perform(record(words, "HOME_VISIT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check your words before you record them")))
			.andExpect(content().string(containsString("“resistant”")))
			.andExpect(content().string(containsString(">" + words + "</textarea>")))
			.andExpect(content().string(containsString("name=\"wordsChecked\" value=\"true\"")));
		assertThat(entriesAbout(child)).isZero();

		mvc.perform(record(words, "HOME_VISIT").param("wordsChecked", "true")).andExpect(status().is3xxRedirection());
		assertThat(entriesAbout(child)).isEqualTo(1);
	}

	@Test
	void plainWordsAreRecordedAtOnce() throws Exception {
		mvc.perform(record("Nia showed me a bruise on her left arm the size of a coin.", "CONCERN"))
			.andExpect(status().is3xxRedirection());
		assertThat(entriesAbout(child)).isEqualTo(1);
	}

	@Test
	void aSummaryThatLosesTheSourceWordsShowsThemAndCanQuoteThem() throws Exception {
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.HOME_VISIT, Instant.now().minusSeconds(86_400),
						"The flat was unsanitary with a foul smell and a fire hazard.", null, null, null),
				worker, null);
		mvc.perform(record("Strategy meeting: poor home conditions.", "MEETING"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The records this summarises described things your summary does not keep")))
			.andExpect(content().string(containsString("foul smell")));

		String quoted = mvc
			.perform(record("Strategy meeting: poor home conditions.", "MEETING").param("quoteSourceWords", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quoted).contains(earlyHelp.name() + " recorded on").contains("foul smell");
	}

	@Test
	void aSummaryEntryLetsItsReaderOpenTheOriginalWords() throws Exception {
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.HOME_VISIT, Instant.now().minusSeconds(86_400),
						"The flat was unsanitary with a foul smell and a fire hazard.", null, null, null),
				worker, null);
		Entry summary = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.MEETING, Instant.now().minusSeconds(60),
					"Strategy meeting: poor home conditions.", null, null, null), worker, null)
			.entry();
		mvc.perform(get("/chronology/" + summary.id()).with(as(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The original words")))
			.andExpect(content().string(containsString("unsanitary with a foul smell")));
	}

	@Test
	void anAmendmentGetsTheSameAdviceOnItsWords() throws Exception {
		Entry entry = chronology
			.record(new NewEntry(List.of(child.id()), EntryType.HOME_VISIT, Instant.now().minusSeconds(3600),
					"Visited at 4pm.", null, null, null), worker, null)
			.entry();
		String amend = "/chronology/" + entry.id() + "/amend";
		mvc.perform(post(amend).with(as(worker))
			.with(csrf())
			.param("text", "Visited at 4pm. Mum was hard to engage.")
			.param("reason", "Added what happened"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“hard to engage”")))
			.andExpect(content().string(containsString("name=\"wordsChecked\" value=\"true\"")));
		assertThat(reader.get(entry.id()).isSuperseded()).isFalse();

		mvc.perform(post(amend).with(as(worker))
			.with(csrf())
			.param("text", "Visited at 4pm. Mum was hard to engage.")
			.param("reason", "Added what happened")
			.param("wordsChecked", "true")).andExpect(status().is3xxRedirection());
		assertThat(reader.get(entry.id()).isSuperseded()).isTrue();
	}

	@Test
	void theReportIsForManagersAndCountsWithoutNamingAnyone() throws Exception {
		mvc.perform(record("The young person is putting himself at risk.", "CONCERN").param("wordsChecked", "true"))
			.andExpect(status().is3xxRedirection());
		Practitioner manager = fixtures.practitioner(earlyHelp, Role.MANAGER);

		mvc.perform(get("/reports/plain-language").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(earlyHelp.name())))
			.andExpect(content().string(containsString("Blaming the child")))
			.andExpect(content().string(not(containsString(worker.displayName()))));
		mvc.perform(get("/reports/plain-language").param("to", "last month").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the last month like 2026-11")));
		mvc.perform(get("/reports/plain-language").with(as(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/plain-language")).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder record(String words, String type) {
		LocalDate today = LocalDate.now(UkTime.ZONE);
		return post("/children/" + child.id() + "/record").with(as(worker))
			.with(csrf())
			.param("type", type)
			.param("occurredOn.day", String.valueOf(today.getDayOfMonth()))
			.param("occurredOn.month", String.valueOf(today.getMonthValue()))
			.param("occurredOn.year", String.valueOf(today.getYear()))
			.param("text", words)
			.param("source", "PROFESSIONAL")
			.param("sensitivity", "NORMAL");
	}

	private long entriesAbout(Person p) {
		return db.sql("SELECT COUNT(*) FROM chronology_entry_child WHERE person_id = ?")
			.param(p.id())
			.query(Long.class)
			.single();
	}

}
