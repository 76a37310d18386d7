package org.fullpicture.calendar;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fullpicture.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener that fails is handed its event again by the retry job, and only until its
 * attempts run out.
 */
@DatabaseTest
class FailedEventRetriesTests {

	record Ping(UUID id, int failures) {
	}

	/** Fails each ping as many times as it asks, then handles it. */
	static class FlakyListener {

		private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

		// a method, not the field: the bean is a proxy
		int calls(UUID ping) {
			return calls.getOrDefault(ping, new AtomicInteger()).get();
		}

		@ApplicationModuleListener
		void on(Ping ping) {
			if (calls.computeIfAbsent(ping.id(), id -> new AtomicInteger()).incrementAndGet() <= ping.failures()) {
				throw new IllegalStateException("Failing on purpose");
			}
		}

	}

	@TestConfiguration
	static class Listener {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FailedEventPublications failed;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	FlakyListener listener;

	@Autowired
	JdbcClient db;

	@Test
	void aFailedListenerIsGivenItsEventAgainUntilItsAttemptsRunOut() {
		Ping once = new Ping(UUID.randomUUID(), 1);
		Ping always = new Ping(UUID.randomUUID(), 100);
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(once);
			events.publishEvent(always);
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> failedCount() == 2);

		FailedEventRetries retries = new FailedEventRetries(failed, Duration.ZERO, 2);
		retries.retry();
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.calls(always.id()) == 2);
		await().atMost(Duration.ofSeconds(20)).until(() -> failedCount() == 1);
		assertThat(listener.calls(once.id())).isEqualTo(2);

		// the one that keeps failing has had its two attempts and is left for people to
		// see
		retries.retry();
		retries.retry();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> listener.calls(always.id()) == 2);
		assertThat(failedCount()).isEqualTo(1);
	}

	@Test
	void publicationsCompletedLongAgoAreForgottenAndRecentOnesKept() {
		Ping old = new Ping(UUID.randomUUID(), 0);
		Ping recent = new Ping(UUID.randomUUID(), 0);
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(old);
			events.publishEvent(recent);
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> listener.calls(old.id()) == 1 && listener.calls(recent.id()) == 1 && completed(old) == 1
					&& completed(recent) == 1);
		OffsetDateTime monthAgo = OffsetDateTime.now().minusDays(30);
		db.sql("UPDATE event_publication SET publication_date = ?, completion_date = ? WHERE serialized_event LIKE ?")
			.params(monthAgo, monthAgo, "%" + old.id() + "%")
			.update();

		new CompletedEventCleanup(completed, Duration.ofDays(7)).forgetOldCompleted();

		assertThat(completed(old)).isZero();
		assertThat(completed(recent)).isEqualTo(1);
	}

	private long completed(Ping ping) {
		return db
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL")
			.param("%" + ping.id() + "%")
			.query(Long.class)
			.single();
	}

	private long failedCount() {
		return db.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE ? AND completion_date IS NULL")
			.param("%FailedEventRetriesTests$Ping")
			.query(Long.class)
			.single();
	}

}
