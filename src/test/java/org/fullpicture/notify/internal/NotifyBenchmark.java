package org.fullpicture.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notify's figures (docs/benchmarks.md), not a test: excluded from the build by its name.
 * Run on PostgreSQL with ./mvnw -q test -Dtest=NotifyBenchmark
 * -Dfullpicture.test.db=postgres (and FULLPICTURE_TEST_POSTGRES_URL).
 */
@DatabaseTest
@TestPropertySource(properties = "fullpicture.notify.webhooks.poll=PT1H")
class NotifyBenchmark {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	@Autowired
	Notifications notifications;

	@Autowired
	NotifySettings settings;

	@Autowired
	JdbcClient db;

	@Autowired
	JsonMapper json;

	@Autowired
	java.time.Clock clock;

	@Test
	void fanOutOfOneEntryToFiftyRecipients() {
		Agency police = fixtures.agency(AgencyType.POLICE);
		Practitioner officer = fixtures.practitioner(police);
		Person child = fixtures.child("Bea", Fixtures.randomName(), LocalDate.of(2014, 1, 1), officer.id());
		for (int i = 0; i < 50; i++) {
			Agency agency = fixtures.agency(AgencyType.VOLUNTARY);
			involvements.add(child.id(), agency.id(), fixtures.practitioner(agency).id(), LocalDate.of(2026, 1, 5),
					null, "Works with the family", org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		}
		List<Long> micros = new ArrayList<>();
		for (int run = 0; run < 60; run++) {
			long start = System.nanoTime();
			UUID entry = chronology
				.record(new NewEntry(List.of(child.id()), EntryType.ARREST, Instant.now(),
						"Arrested at 10pm and released under investigation.", List.of(), Source.PROFESSIONAL,
						Sensitivity.NORMAL), officer, null)
				.entry()
				.id();
			// from the entry stored to all 50 told: the listener runs after commit, as in
			// production
			while (db.sql("SELECT COUNT(*) FROM notification WHERE entry_id = ?")
				.param(entry)
				.query(Long.class)
				.single() < 50) {
				Thread.onSpinWait();
			}
			micros.add((System.nanoTime() - start) / 1000);
		}
		List<Long> measured = micros.subList(10, micros.size()); // the first runs warm
																	// the JIT and the
																	// pool
		System.out.printf("fan-out to 50 recipients (entry stored to all told): p50 %.1f ms, p95 %.1f ms (%d runs)%n",
				pct(measured, 50) / 1000.0, pct(measured, 95) / 1000.0, measured.size());
	}

	@Test
	void tenThousandNotificationsThroughTheOutboxToALocalWebhook() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Agency school = fixtures.agency(AgencyType.SCHOOL);
			Practitioner teacher = fixtures.practitioner(school);
			db.sql("INSERT INTO notification_webhook (agency_id, url, secret, updated_at) VALUES (?, ?, ?, ?)")
				.params(school.id(), receiver.url(), "benchmark-secret", Notifications.utc(clock.instant()))
				.update();
			int total = 10_000;
			for (int i = 0; i < total; i++) {
				notifications.tell(Set.of(teacher.id()),
						new NewNotification(Notifications.ENTRY_RECORDED, UUID.randomUUID().toString(), null,
								UUID.randomUUID(), "Arrest recorded", null, true, null, true));
			}
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<?>> instances = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				WebhookSender instance = new WebhookSender(db, clock, settings);
				instances.add(pool.submit(() -> {
					while (instance.sendBatch() > 0) {
						// until the outbox is empty
					}
				}));
			}
			for (Future<?> instance : instances) {
				instance.get();
			}
			pool.shutdown();
			double seconds = (System.nanoTime() - start) / 1e9;
			assertThat(receiver.deliveryIds).hasSize(total);
			List<Long> latencies = db.sql("""
					SELECT o.created_at, o.delivered_at FROM notification_outbox o WHERE o.agency_id = ?""")
				.param(school.id())
				.query((rs, row) -> Duration
					.between(Notifications.instant(rs, "created_at"), Notifications.instant(rs, "delivered_at"))
					.toMillis())
				.list();
			System.out.printf(
					"outbox: %d notifications delivered by 2 instances in %.1f s = %.0f/s; received %d, distinct %d; "
							+ "enqueue-to-delivered p50 %d ms, p95 %d ms (all enqueued first, then drained)%n",
					total, seconds, total / seconds, receiver.received.size(), receiver.deliveryIds.size(),
					pct(latencies, 50), pct(latencies, 95));
		}
	}

	private static long pct(List<Long> values, int percentile) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

}
