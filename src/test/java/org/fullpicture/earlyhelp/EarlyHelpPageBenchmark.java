package org.fullpicture.earlyhelp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.fullpicture.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The early help managers' page and the prefilled assessment of a family of 4 children
 * with 500 chronology entries each, beside 400 other episodes (300 of them unallocated),
 * timed in-process through MockMvc: the whole request (security, access checks and audit
 * rows, SQL, rendering) without the network. Run on PostgreSQL:
 * {@code ./mvnw test -Dtest=EarlyHelpPageBenchmark -Dfullpicture.test.db=postgres}.
 * Surefire skips it otherwise.
 */
@DatabaseTest
// templates cached as in production; the test profile re-reads them on every request
@TestPropertySource(properties = "spring.thymeleaf.cache=true")
class EarlyHelpPageBenchmark {

	static final int WARM_UP = 100;

	static final int TIMED = 400;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chronology chronology;

	@Autowired
	Involvements involvements;

	@Autowired
	People people;

	@Autowired
	FamilyNetwork familyNetwork;

	@Autowired
	EarlyHelpEpisodes earlyHelp;

	@Autowired
	JdbcClient db;

	@Test
	void managersPageAndPrefilledAssessmentOfAFamilyOfFourWith500EntriesEach() throws Exception {
		Agency earlyHelpService = fixtures.agency(AgencyType.EARLY_HELP);
		Practitioner worker = fixtures.practitioner(earlyHelpService);
		Practitioner manager = fixtures.practitioner(earlyHelpService, Role.MANAGER);
		List<Practitioner> recorders = new ArrayList<>();
		for (AgencyType type : List.of(AgencyType.SCHOOL, AgencyType.POLICE, AgencyType.HEALTH_VISITING,
				AgencyType.HOUSING)) {
			recorders.add(fixtures.practitioner(fixtures.agency(type)));
		}
		String family = Fixtures.randomName();
		Person mum = fixtures.child("Mum", family, LocalDate.of(1988, 3, 1), worker.id());
		List<UUID> children = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Person child = fixtures.child("Child" + (char) ('a' + i), family, LocalDate.of(2012 + i * 2, 5, 1),
					worker.id());
			children.add(child.id());
			involvements.startByWorkflow(child.id(), earlyHelpService.id(), worker.id(), "Family support", null);
			familyNetwork.relate(mum.id(), child.id(), RelationshipType.PARENT, null);
			db.sql("UPDATE address SET address_key = (SELECT address_key FROM address WHERE person_id = ?) WHERE person_id = ?")
				.params(mum.id(), child.id())
				.update();
			recordEntries(child.id(), recorders, 500);
		}
		UUID episode = earlyHelp.open(children, "Neglect concerns from several agencies.", worker);
		earlyHelp.setLead(episode, worker.id(), null, worker);
		backgroundEpisodes(worker, 400);

		time("GET /early-help/manager (page, manager)", get("/early-help/manager").with(as(manager)));
		time("GET /api/v1/early-help/episodes?unallocated=true (manager)",
				get("/api/v1/early-help/episodes").param("unallocated", "true")
					.header("Authorization", fixtures.bearer(mvc, manager)));
		time("GET /early-help/episodes/{id}/assessment (page, prefilled, 4 x 500 entries)",
				get("/early-help/episodes/" + episode + "/assessment").with(as(worker)));
		time("GET /api/v1/early-help/episodes/{id}/assessment (prefilled, 4 x 500 entries)",
				get("/api/v1/early-help/episodes/" + episode + "/assessment").header("Authorization",
						fixtures.bearer(mvc, worker)));
	}

	private void recordEntries(UUID child, List<Practitioner> recorders, int count) {
		EntryType[] types = { EntryType.CONCERN, EntryType.ATTENDANCE_CONCERN, EntryType.HOME_VISIT,
				EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, EntryType.DOMESTIC_ABUSE_INCIDENT };
		String[][] factors = { { "16A" }, {}, { "3B" }, {}, { "4B", "16A" } };
		Instant start = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
		for (int r = 0; r < recorders.size(); r++) {
			List<Chronology.KeyedEntry> batch = new ArrayList<>();
			for (int i = r; i < count; i += recorders.size()) {
				int kind = i % types.length;
				batch.add(new Chronology.KeyedEntry(null,
						new NewEntry(List.of(child), types[kind], start.plus(i * 2L, ChronoUnit.DAYS), "Entry " + i
								+ ": seen at home; the kitchen cupboards were empty and the child said she was hungry.",
								Arrays.asList(factors[kind]), Source.PROFESSIONAL, Sensitivity.NORMAL)));
			}
			chronology.recordAll(batch, recorders.get(r));
		}
	}

	/** Other families' episodes: three in four unallocated, the rest with a lead. */
	private void backgroundEpisodes(Practitioner worker, int count) {
		for (int i = 0; i < count; i++) {
			Person child = fixtures.child("Other", Fixtures.randomName(), LocalDate.of(2015, 1, 1), worker.id());
			UUID id = earlyHelp.open(List.of(child.id()), "Background episode.", worker);
			if (i % 4 == 0) {
				earlyHelp.setLead(id, worker.id(), null, worker);
			}
		}
		db.sql("UPDATE episode SET opened_at = opened_at - INTERVAL '9' DAY WHERE lead_professional_id IS NULL")
			.update();
	}

	private void time(String what, MockHttpServletRequestBuilder request) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			check(mvc.perform(request).andReturn().getResponse().getStatus(), what);
		}
		long[] nanos = new long[TIMED];
		for (int i = 0; i < TIMED; i++) {
			long started = System.nanoTime();
			check(mvc.perform(request).andReturn().getResponse().getStatus(), what);
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.UK, "BENCH %s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", what, TIMED,
				nanos[TIMED / 2] / 1e6, nanos[TIMED * 95 / 100] / 1e6, nanos[TIMED * 99 / 100] / 1e6);
	}

	private static void check(int status, String what) {
		if (status != 200) {
			throw new IllegalStateException(what + " answered " + status);
		}
	}

}
