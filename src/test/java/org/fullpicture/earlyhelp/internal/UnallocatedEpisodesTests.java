package org.fullpicture.earlyhelp.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.Person;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@RecordApplicationEvents
class UnallocatedEpisodesTests {

	@Autowired
	UnallocatedEpisodes job;

	@Autowired
	Episodes episodes;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEvents events;

	@Test
	void anEpisodeUnallocatedForFiveWorkingDaysIsRaisedToTheEarlyHelpManagersOnce() {
		Agency earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		Practitioner worker = fixtures.practitioner(earlyHelp);
		Practitioner manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		Practitioner schoolManager = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL), Role.MANAGER);
		Person child = fixtures.child("Eli", Fixtures.randomName(), LocalDate.of(2014, 1, 1), worker.id());
		Episode fresh = episodes.open(List.of(child.id()), "Help with mornings", worker, null, worker.id());
		Episode waiting = episodes.open(List.of(child.id()), "Help with mornings", worker, null, worker.id());
		Episode led = episodes.open(List.of(child.id()), "Help with mornings", worker, null, worker.id());
		episodes.setLead(led.id(), worker.id(), null, worker);
		// ten calendar days hold at least five working days, whatever today is
		for (Episode old : List.of(waiting, led)) {
			db.sql("UPDATE episode SET opened_at = ? WHERE id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(10), old.id())
				.update();
		}

		job.raiseUnallocated();
		job.raiseUnallocated();

		// other tests' episodes share the database: look at this test's only
		List<String> mine = List.of(fresh, waiting, led).stream().map(e -> "/early-help/episodes/" + e.id()).toList();
		List<NoticeIssued> raised = events.stream(NoticeIssued.class)
			.filter(n -> n.kind().equals("EPISODE_UNALLOCATED") && mine.contains(n.link()))
			.toList();
		assertThat(raised).singleElement().satisfies(n -> {
			assertThat(n.link()).endsWith(waiting.id().toString());
			assertThat(n.practitionerIds()).contains(manager.id()).doesNotContain(schoolManager.id(), worker.id());
			assertThat(n.urgent()).isTrue();
		});
		assertThat(episodes.get(waiting.id()).raisedToManagersAt()).isNotNull();
		assertThat(episodes.get(fresh.id()).raisedToManagersAt()).isNull();
	}

}
