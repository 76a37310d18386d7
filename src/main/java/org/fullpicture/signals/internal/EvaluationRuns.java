package org.fullpicture.signals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fullpicture.chronology.EntryFacts;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.signals.SignalEvaluations;
import org.springframework.beans.factory.annotation.Value;
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

	private static final int PAGE = 1_000;

	private final Evaluation evaluation;

	private final RuleBook rules;

	private final EntryFacts facts;

	private final MissingEpisodes missing;

	private final WorkWithChildren work;

	private final Clock clock;

	private final Duration lookback;

	EvaluationRuns(Evaluation evaluation, RuleBook rules, EntryFacts facts, MissingEpisodes missing,
			WorkWithChildren work, Clock clock, @Value("${fullpicture.signals.lookback:P365D}") Duration lookback) {
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

	/** Every rule for every child with something recorded within the rules' reach. */
	Counts everyone() {
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
