package org.fullpicture.people;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.access.Channel;
import org.fullpicture.linkage.Identities;
import org.fullpicture.linkage.IdentityLink;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.Merges;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class MatchReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MatchReviews reviews;

	@Autowired
	Identities identities;

	@Autowired
	Merges merges;

	@Autowired
	Involvements involvements;

	Practitioner mash;

	Practitioner teacher;

	Person existing;

	Person candidate;

	UUID reviewId;

	@BeforeEach
	void twoAgenciesRecordedWhatMayBeOneChild() {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		String family = Fixtures.randomName();
		existing = fixtures.child("Maya", family, LocalDate.of(2013, 6, 2), teacher.id());
		candidate = fixtures.child("Maia", family, LocalDate.of(2013, 6, 2), nurse.id());
		involvements.startByWorkflow(existing.id(), school.id(), teacher.id(), "On roll", teacher.id());
		reviewId = reviews.raise(existing.id(), candidate.id(), 0.876, "Same family name; same date of birth", "TEST");
	}

	@Test
	void onlyMashAndDataQualityStaffSeeTheQueue() throws Exception {
		for (String url : new String[] { "/match-reviews", "/match-reviews/" + reviewId }) {
			mvc.perform(get(url))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/sign-in")));
			mvc.perform(get(url).with(as(teacher))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/match-reviews/" + reviewId).with(csrf())
			.param("decision", "SAME")
			.param("reason", "Looks like her"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));
		mvc.perform(post("/match-reviews/" + reviewId).with(as(teacher))
			.with(csrf())
			.param("decision", "SAME")
			.param("reason", "Looks like her")).andExpect(status().isForbidden());
		mvc.perform(get("/").with(as(teacher))).andExpect(content().string(not(containsString("Possible matches"))));
		Practitioner dataQuality = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.DATA_QUALITY);
		mvc.perform(get("/match-reviews").with(as(dataQuality))).andExpect(status().isOk());
	}

	@Test
	void theQueueListsEachPairWithItsLikelihood() throws Exception {
		String page = mvc.perform(get("/match-reviews").param("page", "1").with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/match-reviews\">Possible matches")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the queue is shared by every test: this pair may be on a later page, so look it
		// up directly too
		if (page.contains(reviewId.toString())) {
			assertThat(page).contains(existing.fullName()).contains(candidate.fullName()).contains("87%");
		}
		mvc.perform(get("/match-reviews/" + reviewId).with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Likelihood they are the same person: 87%")));
	}

	@Test
	void theReviewShowsBothRecordsAndNamesWhatDiffers() throws Exception {
		mvc.perform(get("/match-reviews/" + reviewId).with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maya")))
			.andExpect(content().string(containsString("Maia")))
			.andExpect(content().string(containsString("The two records differ on 2 fields")))
			.andExpect(content().string(containsString("Different</strong>")))
			.andExpect(content().string(containsString("Same family name; same date of birth")))
			.andExpect(content().string(containsString("The same person")))
			.andExpect(content().string(containsString("Not the same person")));
	}

	@Test
	void aDecisionNeedsAChoiceAndAReasonAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(
				post("/match-reviews/" + reviewId).with(as(mash)).with(csrf()).param("reason", "Checked with school"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#decision\">Choose whether these are the same person")))
			.andExpect(content().string(containsString("Checked with school</textarea>")));
		mvc.perform(post("/match-reviews/" + reviewId).with(as(mash))
			.with(csrf())
			.param("decision", "NOT_SAME")
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reason\">Enter the reason for your decision")))
			.andExpect(content().string(containsString("value=\"NOT_SAME\" checked")));
		String tooLong = "Checked with the school. ".repeat(41);
		mvc.perform(post("/match-reviews/" + reviewId).with(as(mash))
			.with(csrf())
			.param("decision", "NOT_SAME")
			.param("reason", tooLong))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("href=\"#reason\">The reason must be 1,000 characters or fewer")))
			.andExpect(content().string(containsString(tooLong + "</textarea>")))
			.andExpect(content().string(containsString("value=\"NOT_SAME\" checked")));
		assertThat(reviews.get(reviewId).isOpen()).isTrue();
	}

	@Test
	void theSamePersonMergesTheRecordsAndTheChildsPageShowsBoth() throws Exception {
		mvc.perform(post("/match-reviews/" + reviewId).with(as(mash))
			.with(csrf())
			.param("decision", "SAME")
			.param("reason", "The school confirmed Maia is Maya"))
			.andExpect(redirectedUrl("/children/" + existing.id()))
			.andExpect(flash().attribute("banner", containsString("same person")));
		assertThat(identities.rootOf(candidate.id())).isEqualTo(existing.id());
		mvc.perform(get("/children/" + existing.id()).with(as(mash)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Records of this person from other agencies")))
			.andExpect(content().string(containsString("Maia " + existing.familyName())));
		mvc.perform(get("/match-reviews/" + reviewId).with(as(mash)))
			.andExpect(content().string(containsString("The school confirmed Maia is Maya")))
			.andExpect(content().string(not(containsString("Record the decision"))));
	}

	@Test
	void notTheSamePersonLeavesBothRecordsAlone() throws Exception {
		mvc.perform(post("/match-reviews/" + reviewId).with(as(mash))
			.with(csrf())
			.param("decision", "NOT_SAME")
			.param("reason", "Different mothers")).andExpect(redirectedUrl("/match-reviews"));
		assertThat(identities.rootOf(candidate.id())).isEqualTo(candidate.id());
		mvc.perform(post("/match-reviews/" + reviewId).with(as(mash))
			.with(csrf())
			.param("decision", "SAME")
			.param("reason", "Changed my mind"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This pair has already been decided")));
	}

	@Test
	void theMergedInRecordsAddressLeadsToTheChildItNowBelongsTo() throws Exception {
		merges.merge(existing.id(), candidate.id(), "Known to be the same child", mash, Channel.API);
		mvc.perform(get("/children/" + candidate.id()).with(as(mash)))
			.andExpect(redirectedUrl("/children/" + existing.id()));
	}

	@Test
	void undoingAMergeNeedsAReasonAndThenRestoresBothRecords() throws Exception {
		IdentityLink link = merges.merge(existing.id(), candidate.id(), "Known to be the same child", mash,
				Channel.API);
		String undo = "/children/" + existing.id() + "/merges/" + link.id() + "/undo";
		mvc.perform(get("/children/" + existing.id()).with(as(mash)))
			.andExpect(content().string(containsString("Undo this merge")))
			.andExpect(content().string(containsString("Known to be the same child")));
		mvc.perform(get("/children/" + existing.id()).with(as(teacher)))
			.andExpect(content().string(containsString("Records of this person from other agencies")))
			.andExpect(content().string(not(containsString("Undo this merge"))));
		mvc.perform(post(undo).with(as(teacher)).with(csrf()).param("reason", "Not her"))
			.andExpect(status().isForbidden());
		mvc.perform(post(undo).with(csrf()).param("reason", "Not her"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));

		Person stranger = fixtures.child("Una", Fixtures.randomName(), java.time.LocalDate.of(2011, 2, 3), mash.id());
		mvc.perform(post("/children/" + stranger.id() + "/merges/" + link.id() + "/undo").with(as(mash))
			.with(csrf())
			.param("reason", "Posted from another child's page")).andExpect(status().isNotFound());
		assertThat(identities.rootOf(candidate.id())).isEqualTo(existing.id());

		mvc.perform(post(undo).with(as(mash)).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"#undo-" + link.id() + "\">Enter why you are undoing this merge")));
		assertThat(identities.rootOf(candidate.id())).isEqualTo(existing.id());

		mvc.perform(post(undo).with(as(mash)).with(csrf()).param("reason", "The GP says these are twins"))
			.andExpect(redirectedUrl("/children/" + existing.id()))
			.andExpect(flash().attribute("banner", containsString("undone")));
		assertThat(identities.rootOf(candidate.id())).isEqualTo(candidate.id());
		mvc.perform(get("/children/" + existing.id()).with(as(mash)))
			.andExpect(content().string(not(containsString("Records of this person from other agencies"))));
		mvc.perform(get("/children/" + candidate.id()).with(as(mash))).andExpect(status().isOk());
	}

}
