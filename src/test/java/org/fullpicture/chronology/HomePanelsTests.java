package org.fullpicture.chronology;

import java.util.Map;
import java.util.Optional;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.fullpicture.web.HomePanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@Import(HomePanelsTests.Panels.class)
class HomePanelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theHomePageShowsEachModulesPanelInOrderAndLeavesOutThoseWithNothingToShow() throws Exception {
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		String page = mvc.perform(get("/").with(as(p)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Checks waiting", "2 waiting", "Return interviews due",
					"5 waiting", "Your children")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split(" waiting</p>", -1)).as("one panel each for the two with something to show").hasSize(3);
	}

	@TestConfiguration
	static class Panels {

		@Bean
		HomePanel secondPanel() {
			return () -> Optional.of(new HomePanel.Panel(20, "test/home-panel",
					Map.of("heading", "Return interviews due", "waiting", 5)));
		}

		@Bean
		HomePanel firstPanel() {
			return () -> Optional
				.of(new HomePanel.Panel(10, "test/home-panel", Map.of("heading", "Checks waiting", "waiting", 2)));
		}

		@Bean
		HomePanel emptyPanel() {
			return Optional::empty;
		}

	}

}
