package org.fullpicture.signals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evaluations take no lock until they have something to write: several at once about one
 * child still raise its signal once.
 */
@DatabaseTest
class ConcurrentEvaluationTests {

	@Autowired
	Evaluation evaluation;

	@Autowired
	Chronology chronology;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Test
	void evaluationsOfOneChildAtOnceRaiseEachSignalOnce() throws Exception {
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		Person child = fixtures.child("Kit", Fixtures.randomName(), LocalDate.now().minusYears(15), nurse.id());
		chronology.record(new NewEntry(List.of(child.id()), EntryType.SELF_HARM,
				Instant.now().minus(2, ChronoUnit.DAYS), "Seen with cuts to both arms.", null, null, null), nurse,
				null);
		await().until(() -> signalsOf(child) > 0);
		// as if the listener had not run yet: the same conditions, found by eight at once
		db.sql("DELETE FROM signal_evidence WHERE signal_id IN (SELECT id FROM signal WHERE person_id = ?)")
			.param(child.id())
			.update();
		db.sql("DELETE FROM signal WHERE person_id = ?").param(child.id()).update();

		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> evaluations = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				evaluations.add(() -> evaluation.evaluate(child.id(), rule -> true));
			}
			int raised = 0;
			for (Future<Integer> done : threads.invokeAll(evaluations)) {
				raised += done.get();
			}
			assertThat(raised).isEqualTo(1);
		}
		finally {
			threads.shutdown();
		}
		assertThat(signalsOf(child)).isEqualTo(1);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM signal_evidence v JOIN signal s ON s.id = v.signal_id WHERE s.person_id = ?""")
			.param(child.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long signalsOf(Person child) {
		return db.sql("SELECT COUNT(*) FROM signal WHERE person_id = ?").param(child.id()).query(Long.class).single();
	}

}
