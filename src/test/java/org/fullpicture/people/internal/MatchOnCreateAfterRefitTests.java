package org.fullpicture.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.linkage.LinkageModels.Refit;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application as a new user starts it: the demo town loaded, then the linkage model
 * refitted on a sample of it in the background. Demo children must still be found
 * afterwards.
 */
@DatabaseTest
@TestPropertySource(properties = { "fullpicture.demo.enabled=true", "fullpicture.demo.password=demo-test-password" })
class MatchOnCreateAfterRefitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	LinkageModelRefresh refresh;

	String bearer;

	@BeforeEach
	void theStartUpRefitHasRun() throws Exception {
		Refit refit = refresh.startUpRefit().get(5, TimeUnit.MINUTES);
		// the refitted model is the one in use, not the shipped one kept after a failed
		// check
		assertThat(refit.outcome()).isEqualTo(Refit.Outcome.FITTED);
		assertThat(refit.copiesRecognised()).isEqualTo(refit.copiesChecked()).isPositive();
		bearer = fixtures.bearer(mvc, fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL)));
	}

	@Test
	void demoChildrenAreFoundByAnExactCopyAfterTheRefit() throws Exception {
		for (DemoChild child : demoChildren()) {
			mvc.perform(post("/api/v1/people/matches").header("Authorization", bearer)
				.contentType("application/json")
				.content(child.json(child.given(), child.nhs())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.candidates[0].id", is(child.id().toString())))
				.andExpect(jsonPath("$.candidates[0].decision", is("SAME_PERSON")));
		}
	}

	@Test
	void aSecondRefitOnTheSameIndexGivesTheSameOutcome() {
		assertThat(refresh.refit()).isEqualTo(refresh.refit());
	}

	@Test
	void demoChildrenAreFoundByACopyWithATypoInTheGivenNameAndNoNhsNumber() throws Exception {
		for (DemoChild child : demoChildren()) {
			mvc.perform(post("/api/v1/people/matches").header("Authorization", bearer)
				.contentType("application/json")
				.content(child.json(typo(child.given()), null)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.candidates[*].id", hasItem(child.id().toString())));
		}
	}

	/** Ten demo children with an NHS number and an address, the same ten every run. */
	private List<DemoChild> demoChildren() {
		List<DemoChild> children = db.sql("""
				SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, MIN(a.line1) AS line1,
				       MIN(a.postcode) AS postcode
				FROM person p JOIN address a ON a.person_id = p.id
				WHERE p.nhs_number IS NOT NULL AND p.date_of_birth > :adult
				GROUP BY p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number
				ORDER BY p.id
				LIMIT 10""")
			.param("adult", LocalDate.now().minusYears(18))
			.query((rs, n) -> new DemoChild(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
					rs.getString("nhs_number"), rs.getString("line1"), rs.getString("postcode")))
			.list();
		assertThat(children).hasSize(10);
		return children;
	}

	/** One letter keyed twice, as the commonest slip: 'Tyler' as 'Tyller'. */
	private static String typo(String name) {
		int at = name.length() / 2;
		return name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
	}

	record DemoChild(UUID id, String given, String family, LocalDate born, String nhs, String line1, String postcode) {

		String json(String givenName, String nhsNumber) {
			return "{\"givenName\":\"" + givenName + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + born
					+ "\"" + (nhsNumber == null ? "" : ",\"nhsNumber\":\"" + nhsNumber + "\"")
					+ ",\"address\":{\"line1\":\"" + line1 + "\",\"postcode\":\"" + postcode + "\"}}";
		}

	}

}
