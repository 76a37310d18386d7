package org.fullpicture.signals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.fullpicture.chronology.EntryFacts;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.signals.SignalEvaluations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Evaluations of many children: the clock rules every few minutes (on one instance at a
 * time, by the lock in the database), and every rule for every child on an
 * administrator's request after a rule changes.
 */
@Service
class EvaluationRuns implements SignalEvaluations {

	/** What a run did. */
	record Counts(int children, int signalsRaised, Duration took) {
	}

	/** An evaluation of every child started in the background, as it stands. */
	record Progress(UUID id, UUID startedBy, Instant startedAt, Status status, int childrenEvaluated, int signalsRaised,
			Instant finishedAt, String failure) {
	}

	enum Status {

		RUNNING, FINISHED, FAILED,
		/**
		 * Stopped without finishing, as when the service restarted: it will not go on.
		 */
		INTERRUPTED

	}

	/**
	 * A run reports after each page of a thousand children, which takes seconds (a minute
	 * on a busy machine); one silent for this long is no longer running.
	 */
	private static final Duration STALLED = Duration.ofMinutes(10);

	/** Told after each page of children, with the totals so far. */
	private interface Listener {

		void evaluated(int children, int signalsRaised);

	}

	private static final Logger log = LoggerFactory.getLogger(EvaluationRuns.class);

	private static final int PAGE = 1_000;

	private final Evaluation evaluation;

	private final RuleBook rules;

	private final EntryFacts facts;

	private final MissingEpisodes missing;

	private final WorkWithChildren work;

	private final Clock clock;

	private final Duration lookback;

	private final JdbcClient db;

	/** One background run at a time on an instance; a second waits for the first. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	EvaluationRuns(Evaluation evaluation, RuleBook rules, EntryFacts facts, MissingEpisodes missing,
			WorkWithChildren work, Clock clock, @Value("${fullpicture.signals.lookback:P365D}") Duration lookback,
			JdbcClient db) {
		this.db = db;
		this.evaluation = evaluation;
		this.rules = rules;
		this.facts = facts;
		this.missing = missing;
		this.work = work;
		this.clock = clock;
		this.lookback = lookback;
	}

	/**
	 * The clock rules: overdue return home interviews, and responses not made in time.
	 */
	@Scheduled(fixedDelayString = "${fullpicture.signals.clock-interval:PT5M}")
	@SchedulerLock(name = "signals-clocks")
	public void checkClocks() {
		clockRules();
	}

	Counts clockRules() {
		Instant started = clock.instant();
		Set<UUID> children = new LinkedHashSet<>(missing.childrenOverdue(started));
		for (Rule rule : rules.all()) {
			if (rule.kind() == Rule.Kind.RESPONSE_DUE) {
				Set<EntryType> types = new java.util.HashSet<>();
				rule.settings().indicators().forEach(i -> types.addAll(i.entryTypes()));
				if (!types.isEmpty()) {
					children
						.addAll(facts.peopleWith(types, started.minus(Duration.ofDays(rule.settings().windowDays()))));
				}
			}
		}
		int raised = 0;
		for (UUID child : children) {
			raised += evaluation.evaluate(child, Rule::isClockRule);
		}
		return new Counts(children.size(), raised, Duration.between(started, clock.instant()));
	}

	/** Every rule for one child now. */
	Counts one(UUID personId) {
		Instant started = clock.instant();
		int raised = evaluation.evaluate(personId, rule -> true);
		return new Counts(1, raised, Duration.between(started, clock.instant()));
	}

	@Override
	public int evaluateEveryone() {
		return everyone().signalsRaised();
	}

	/**
	 * Records an evaluation of every child and starts it in the background: a whole town
	 * takes minutes, longer than a request should wait. While one is running (on any
	 * instance), returns that one instead of starting another: it evaluates the rules as
	 * they are now too. Returns the id, for {@link #progress}.
	 */
	UUID start(UUID startedBy) {
		Optional<UUID> running = db
			.sql("SELECT id FROM signal_evaluation_run WHERE finished_at IS NULL AND progressed_at > ?"
					+ " ORDER BY started_at DESC LIMIT 1")
			.param(now().minus(STALLED))
			.query(UUID.class)
			.optional();
		if (running.isPresent()) {
			return running.get();
		}
		UUID id = UUID.randomUUID();
		db.sql("INSERT INTO signal_evaluation_run (id, started_by, started_at, progressed_at) VALUES (?, ?, ?, ?)")
			.params(id, startedBy, now(), now())
			.update();
		worker.submit(() -> runRecorded(id));
		return id;
	}

	private void runRecorded(UUID id) {
		try {
			Counts counts = everyone((children, raised) -> db.sql(
					"UPDATE signal_evaluation_run SET children = ?, signals_raised = ?, progressed_at = ? WHERE id = ?")
				.params(children, raised, now(), id)
				.update());
			db.sql("UPDATE signal_evaluation_run SET children = ?, signals_raised = ?, finished_at = ? WHERE id = ?")
				.params(counts.children(), counts.signalsRaised(), now(), id)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Evaluation of every child {} failed ({})", id, ex.getClass().getSimpleName());
			db.sql("UPDATE signal_evaluation_run SET finished_at = ?, failure = ? WHERE id = ?")
				.params(now(), ex.getClass().getSimpleName(), id)
				.update();
		}
	}

	Optional<Progress> progress(UUID id) {
		return db.sql("SELECT * FROM signal_evaluation_run WHERE id = ?").param(id).query((rs, row) -> {
			OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
			String failure = rs.getString("failure");
			Instant progressed = rs.getObject("progressed_at", OffsetDateTime.class).toInstant();
			Status status = (finished != null) ? (failure == null ? Status.FINISHED : Status.FAILED)
					: progressed.isAfter(clock.instant().minus(STALLED)) ? Status.RUNNING : Status.INTERRUPTED;
			return new Progress(id, rs.getObject("started_by", UUID.class),
					rs.getObject("started_at", OffsetDateTime.class).toInstant(), status, rs.getInt("children"),
					rs.getInt("signals_raised"), finished == null ? null : finished.toInstant(), failure);
		}).optional();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	@PreDestroy
	void stop() {
		worker.shutdown();
	}

	/** Every rule for every child with something recorded within the rules' reach. */
	Counts everyone() {
		return everyone((children, raised) -> {
		});
	}

	private Counts everyone(Listener listener) {
		Instant started = clock.instant();
		Instant since = started.minus(lookback).minus(Duration.ofDays(longestWindow()));
		Set<UUID> others = new LinkedHashSet<>(work.childrenDecidedSince(since));
		others.addAll(missing.childrenSince(since));
		int children = 0;
		int raised = 0;
		UUID after = null;
		List<UUID> page;
		do {
			page = facts.peopleRecordedSince(since, after, PAGE);
			for (UUID child : page) {
				others.remove(child);
				raised += evaluation.evaluate(child, rule -> true);
			}
			children += page.size();
			after = page.isEmpty() ? null : page.get(page.size() - 1);
			listener.evaluated(children, raised);
		}
		while (page.size() == PAGE);
		for (UUID child : new ArrayList<>(others)) {
			raised += evaluation.evaluate(child, rule -> true);
			children++;
		}
		return new Counts(children, raised, Duration.between(started, clock.instant()));
	}

	private int longestWindow() {
		return rules.all()
			.stream()
			.mapToInt(r -> Math.max(r.settings().windowDays(), r.settings().contextDays()))
			.max()
			.orElse(0);
	}

}
