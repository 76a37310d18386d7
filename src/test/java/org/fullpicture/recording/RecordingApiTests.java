package org.fullpicture.recording;

import java.time.LocalDate;
import java.time.YearMonth;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class RecordingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Agency earlyHelp;

	Practitioner worker;

	String bearer;

	Person child;

	@BeforeEach
	void setUp() throws Exception {
		earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		bearer = fixtures.bearer(mvc, worker);
		child = fixtures.child("Kai", "Words", LocalDate.of(2016, 2, 2), worker.id());
	}

	@Test
	void theCheckReturnsEachFindingWithItsSpanCategoryExplanationAndSuggestion() throws Exception {
		String text = "Mum has been hard to engage and the home was chaotic.";
		mvc.perform(post("/api/v1/recording/check").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"text\":\"" + text + "\",\"context\":\"ENTRY\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[*].category", hasItem("LABELLING_FAMILY")))
			.andExpect(jsonPath("$.findings[0].start", is(text.indexOf("hard to engage"))))
			.andExpect(jsonPath("$.findings[0].end", is(text.indexOf("hard to engage") + "hard to engage".length())))
			.andExpect(jsonPath("$.findings[0].explanation").isNotEmpty())
			.andExpect(jsonPath("$.findings[0].suggestion").isNotEmpty());
	}

	@Test
	void plainWordsHaveNoFindingsAndQuotedWordsAreLeftAlone() throws Exception {
		mvc.perform(post("/api/v1/recording/check").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"text\":\"Mum said 'the house is fine'. There was no food in the fridge.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings", hasSize(0)));
	}

	@Test
	void theCheckNeedsTextAndASignedInCaller() throws Exception {
		mvc.perform(post("/api/v1/recording/check").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"context\":\"ENTRY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("text")));
		mvc.perform(post("/api/v1/recording/check").header("Authorization", bearer)
			.contentType("application/json")
			.content("{\"text\":\"x\",\"context\":\"NOWHERE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("context")));
		mvc.perform(post("/api/v1/recording/check").contentType("application/json").content("{\"text\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void savingAnEntryReturnsItsFindingsAndStillSavesIt() throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("HOME_VISIT", "Family did not engage with the visit; parents were resistant.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.text", is("Family did not engage with the visit; parents were resistant.")))
			.andExpect(jsonPath("$.findings[*].category", hasItem("LABELLING_FAMILY")));
	}

	@Test
	void aSummaryThatLosesTheSourceWordsIsWarnedWithThoseWords() throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("HOME_VISIT",
					"The flat was unsanitary with a foul smell and a fire hazard: rubbish piled against the front door.")))
			.andExpect(status().isCreated());

		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("MEETING", "Strategy meeting: poor home conditions discussed.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dilutionWarnings[*].sourceWords",
					hasItem(org.hamcrest.Matchers.containsString("foul smell"))));
	}

	@Test
	void anAssessmentWithoutTheChildsVoiceIsFlaggedAndOneWithItIsNot() throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("ASSESSMENT",
					"Assessment completed with both parents. Housing and finances were discussed.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.childsVoice.flagged", is(true)))
			.andExpect(jsonPath("$.childsVoice.suggestion").isNotEmpty());
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("ASSESSMENT",
					"I saw Kai alone in his bedroom. Kai told me: 'I don't like it when Dad shouts.'")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.childsVoice.flagged", is(false)));
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("CONCERN", "Kai arrived hungry."))).andExpect(jsonPath("$.childsVoice").doesNotExist());
	}

	@Test
	void managersSeeFindingsByAgencyCategoryAndMonthAndPractitionersDoNot() throws Exception {
		mvc.perform(post("/api/v1/chronology").header("Authorization", bearer)
			.contentType("application/json")
			.content(entry("CONCERN", "Young person is putting themselves at risk."))).andExpect(status().isCreated());
		Practitioner manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		String month = YearMonth.now().toString();

		mvc.perform(get("/api/v1/recording/report").param("from", month)
			.param("to", month)
			.header("Authorization", fixtures.bearer(mvc, manager)))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.rows[?(@.agency == '" + earlyHelp.name() + "')].category", hasItem("BLAMING_CHILD")));
		mvc.perform(get("/api/v1/recording/report").header("Authorization", bearer)).andExpect(status().isForbidden());
	}

	private String entry(String type, String text) {
		return "{\"childIds\":[\"" + child.id() + "\"],\"type\":\"" + type + "\",\"occurredAt\":\""
				+ java.time.Instant.now().minusSeconds(3600) + "\",\"text\":\"" + text + "\"}";
	}

}
