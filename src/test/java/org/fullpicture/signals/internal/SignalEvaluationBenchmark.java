package org.fullpicture.signals.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prints the signals figures against the database spring.datasource.url names (the
 * benchmark town of bin/bench-load): the cost of evaluating the rules an entry can affect
 * for a child with 2,000 entries, and the full evaluation of every child. Not a test: run
 * as in docs/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("test")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SignalEvaluationBenchmark {

	private static final int ENTRIES = 2_000;

	private static final int RUNS = 1_000;

	@Autowired
	Evaluation evaluation;

	@Autowired
	EvaluationRuns runs;

	@Autowired
	Chronology chronology;

	@Autowired
	People people;

	@Autowired
	Agencies agencies;

	@Autowired
	Practitioners practitioners;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient db;

	@Test
	@org.junit.jupiter.api.Order(1)
	void evaluationPerRecordedEntryForAChildWithTwoThousandEntries() throws InterruptedException {
		Random random = new Random(7);
		List<Practitioner> recorders = new ArrayList<>();
		for (AgencyType type : List.of(AgencyType.SCHOOL, AgencyType.GP, AgencyType.POLICE, AgencyType.HEALTH_VISITING,
				AgencyType.HOUSING)) {
			var agency = agencies.add("Bench " + type.label() + " " + UUID.randomUUID(), type, "Lead", "b@example.org",
					"0");
			recorders.add(practitioners.add(agency.id(), "bench-" + UUID.randomUUID(), "Bench", null, null, "!",
					java.util.Set.of(Role.PRACTITIONER)));
		}
		Person child = people.create(new NewPerson("Bench", "Child", List.of(), LocalDate.now().minusYears(12), null,
				Sex.MALE, null, null, new NewPerson.NewAddress(UUID.randomUUID() + " Bench Street", null, "Town",
						"TE1 1ST", LocalDate.of(2020, 1, 1)),
				null), recorders.get(0).id());
		EntryType[] types = EntryType.values();
		// ten years of entries, every kind, from five agencies: about 200 fall within the
		// rules' reach
		for (int batch = 0; batch < ENTRIES / 500; batch++) {
			for (Practitioner recorder : recorders) {
				List<Chronology.KeyedEntry> entries = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					Instant at = Instant.now().minus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
					entries.add(new Chronology.KeyedEntry(null, new NewEntry(List.of(child.id()),
							types[random.nextInt(types.length)], at, "Seen.", List.of(), Source.PROFESSIONAL, null)));
				}
				chronology.recordAll(entries, recorder);
			}
		}
		// the listeners evaluate each recorded entry after commit: let them finish before
		// timing
		while (db.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(200);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS + 200; i++) {
			EntryType type = types[random.nextInt(types.length)];
			// as the listener does for an entry that happened in the last 30 days
			Instant occurred = Instant.now().minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
			long start = System.nanoTime();
			evaluation.evaluate(child.id(), rule -> rule.canBeAffectedBy(type), occurred);
			if (i >= 200) {
				nanos[i - 200] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"signals per entry, %d entries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d runs after 200 warm-up)%n",
				ENTRIES, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS * 99 / 100] / 1e6, RUNS);
	}

	@Test
	@org.junit.jupiter.api.Order(2)
	void fullEvaluationOfEveryChild() {
		EvaluationRuns.Counts counts = runs.everyone();
		System.out.printf("signals full evaluation: %,d children, %,d signals raised, %d s%n", counts.children(),
				counts.signalsRaised(), counts.took().toSeconds());
	}

}
