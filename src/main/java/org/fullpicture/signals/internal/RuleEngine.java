package org.fullpicture.signals.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.EntryFacts.Fact;
import org.fullpicture.people.Person;

/**
 * Applies rules to what is known of one child. Pure: no database, no clock of its own, so
 * the thresholds can be tested quickly and the same code serves one recorded entry and a
 * hundred thousand children.
 */
final class RuleEngine {

	/** What is known of one child when the rules run. */
	record Subject(Person person, List<Fact> childFacts, List<Fact> householdFacts, List<Contact> contacts,
			List<MissingEpisodes.Return> returns, BooleanSupplier hasOpenWork) {
	}

	/** A front door contact about the child, as its decision told us. */
	record Contact(UUID id, String outcome, Instant decidedAt) {
	}

	/** How long ago a pattern may have been completed and still raise a signal now. */
	private final Duration lookback;

	private final WorkingCalendar calendar;

	RuleEngine(Duration lookback, WorkingCalendar calendar) {
		this.lookback = lookback;
		this.calendar = calendar;
	}

	/**
	 * The earliest a pattern may be completed and still be looked for: within the
	 * lookback, and, when only what is new since a time is asked for (the time of an
	 * entry just recorded), not before then, since a pattern that holds that entry cannot
	 * end before it.
	 */
	Instant earliestEnd(Instant now, Instant newSince) {
		Instant withinLookback = now.minus(lookback);
		return newSince != null && newSince.isAfter(withinLookback) ? newSince : withinLookback;
	}

	/** How far back the facts must reach for these rules. */
	Instant factsSince(List<Rule> rules, Instant earliestEnd) {
		int days = rules.stream()
			.mapToInt(r -> Math.max(r.settings().windowDays(), r.settings().contextDays()))
			.max()
			.orElse(0);
		return earliestEnd.minus(Duration.ofDays(days));
	}

	List<Finding> findings(Rule rule, Subject subject, Instant now) {
		return findings(rule, subject, now, earliestEnd(now, null));
	}

	List<Finding> findings(Rule rule, Subject subject, Instant now, Instant earliestEnd) {
		Rule.Settings s = rule.settings();
		if (!applies(s, subject.person(), now)) {
			return List.of();
		}
		List<Fact> facts = s.scope() == Rule.Scope.HOUSEHOLD ? subject.householdFacts() : subject.childFacts();
		List<Finding> found = switch (rule.kind()) {
			case PATTERN -> pattern(rule, facts, earliestEnd);
			case EACH -> each(rule, facts, now);
			case CHANGE -> change(rule, facts, earliestEnd);
			case RESPONSE_DUE -> responseDue(rule, facts, subject.contacts(), now);
			case RETURN_INTERVIEW_DUE -> returnInterviewDue(rule, subject.returns(), now);
			case CONTACT_OUTCOMES -> contactOutcomes(rule, subject.contacts(), now);
		};
		if (!found.isEmpty() && s.noOpenWork() && subject.hasOpenWork().getAsBoolean()) {
			return List.of();
		}
		return found;
	}

	private static boolean applies(Rule.Settings s, Person person, Instant now) {
		if (s.unbornOnly() && !person.isUnborn()) {
			return false;
		}
		if (s.minAgeYears() == null && s.maxAgeYears() == null) {
			return true;
		}
		if (person.dateOfBirth() == null) {
			return false;
		}
		int age = Period.between(person.dateOfBirth(), LocalDate.ofInstant(now, UkTime.ZONE)).getYears();
		return (s.minAgeYears() == null || age >= s.minAgeYears())
				&& (s.maxAgeYears() == null || age <= s.maxAgeYears());
	}

	/**
	 * The latest time window that holds enough signs: at least minEntries entries from
	 * minAgencies agencies, showing minIndicators different signs (each sign counted only
	 * once it has been seen its own minCount times).
	 */
	private List<Finding> pattern(Rule rule, List<Fact> facts, Instant earliestEnd) {
		Rule.Settings s = rule.settings();
		List<Fact> matching = facts.stream().filter(f -> s.indicators().stream().anyMatch(i -> i.matches(f))).toList();
		Duration window = Duration.ofDays(s.windowDays());
		// the window [start, end] slides back in time; the tally follows it fact by fact
		// rather than counting every window afresh, which cost seconds on long
		// chronologies
		Tally tally = new Tally(s.indicators());
		int start = matching.size();
		for (int end = matching.size() - 1; end >= 0; end--) {
			Instant endAt = matching.get(end).occurredAt();
			if (endAt.isBefore(earliestEnd)) {
				break;
			}
			if (end + 1 < matching.size()) {
				tally.remove(matching.get(end + 1));
			}
			Instant startAt = endAt.minus(window);
			while (start > 0 && !matching.get(start - 1).occurredAt().isBefore(startAt)) {
				tally.add(matching.get(--start));
			}
			if (tally.signs() < s.minIndicators()) {
				continue;
			}
			List<Fact> evidence = tally.evidence(matching.subList(start, end + 1));
			long agencies = evidence.stream().map(Fact::agencyId).distinct().count();
			if (evidence.size() >= s.minEntries() && agencies >= s.minAgencies()) {
				return List.of(new Finding(rule, rule.id(), entries(evidence)));
			}
		}
		return List.of();
	}

	private static List<Finding> each(Rule rule, List<Fact> facts, Instant now) {
		Instant since = now.minus(Duration.ofDays(rule.settings().windowDays()));
		return facts.stream()
			.filter(f -> !f.occurredAt().isBefore(since))
			.filter(f -> rule.settings().indicators().stream().anyMatch(i -> i.matches(f)))
			.map(f -> new Finding(rule, rule.id() + ":" + f.entryId(), entries(List.of(f))))
			.toList();
	}

	/**
	 * The latest trigger (a birth, a new adult, a move) with concerns open in the days
	 * before it: a sign counts once it was seen its own minCount times in those days, and
	 * at least minIndicators signs must count. One condition per child: a later trigger
	 * adds to the open signal, and raises a new one only after the last was closed.
	 */
	private List<Finding> change(Rule rule, List<Fact> facts, Instant earliestEnd) {
		Rule.Settings s = rule.settings();
		Duration context = Duration.ofDays(s.contextDays());
		for (int t = facts.size() - 1; t >= 0; t--) {
			Fact trigger = facts.get(t);
			if (trigger.occurredAt().isBefore(earliestEnd)) {
				continue;
			}
			if (s.triggers().stream().noneMatch(i -> i.matches(trigger))) {
				continue;
			}
			Instant from = trigger.occurredAt().minus(context);
			List<Fact> before = facts.stream()
				.filter(f -> f != trigger && !f.occurredAt().isBefore(from)
						&& !f.occurredAt().isAfter(trigger.occurredAt()))
				.toList();
			Tally tally = new Tally(s.indicators());
			before.forEach(tally::add);
			List<Fact> evidence = tally.signs() >= s.minIndicators() ? tally.evidence(before) : new ArrayList<>();
			if (!evidence.isEmpty()) {
				evidence.add(trigger);
				return List.of(new Finding(rule, rule.id(), entries(evidence)));
			}
		}
		return List.of();
	}

	/**
	 * An entry needing a response, past its working-day deadline with no response entry
	 * or front door contact since.
	 */
	private List<Finding> responseDue(Rule rule, List<Fact> facts, List<Contact> contacts, Instant now) {
		Rule.Settings s = rule.settings();
		Instant since = now.minus(Duration.ofDays(s.windowDays()));
		List<Finding> found = new ArrayList<>();
		for (Fact fact : facts) {
			if (fact.occurredAt().isBefore(since) || s.indicators().stream().noneMatch(i -> i.matches(fact))
					|| !calendar.workingDaysFrom(fact.occurredAt(), s.dueWorkingDays()).isOverdue(now)) {
				continue;
			}
			boolean answered = facts.stream()
				.anyMatch(f -> !f.occurredAt().isBefore(fact.occurredAt())
						&& s.responses().stream().anyMatch(i -> i.matches(f)))
					|| contacts.stream().anyMatch(c -> !c.decidedAt().isBefore(fact.occurredAt()));
			if (!answered) {
				found.add(new Finding(rule, rule.id() + ":" + fact.entryId(), entries(List.of(fact))));
			}
		}
		return found;
	}

	private List<Finding> returnInterviewDue(Rule rule, List<MissingEpisodes.Return> returns, Instant now) {
		Duration due = Duration.ofHours(rule.settings().dueHours());
		return returns.stream()
			.filter(r -> calendar.hoursFrom(r.returnedAt(), due).isOverdue(now))
			.map(r -> new Finding(rule, rule.id() + ":" + r.episodeId(),
					List.of(new Evidence(Evidence.Kind.ENTRY, r.missingEntryId(), r.missingAt()),
							new Evidence(Evidence.Kind.ENTRY, r.returnEntryId(), r.returnedAt()))))
			.toList();
	}

	/**
	 * The latest run of minContacts decisions (with the rule's outcomes) within the
	 * window.
	 */
	private List<Finding> contactOutcomes(Rule rule, List<Contact> contacts, Instant now) {
		Rule.Settings s = rule.settings();
		Duration window = Duration.ofDays(s.windowDays());
		List<Evidence> sorted = contacts.stream()
			.filter(c -> s.outcomes().contains(c.outcome()))
			.map(c -> new Evidence(Evidence.Kind.CONTACT, c.id(), c.decidedAt()))
			.sorted(Comparator.comparing(Evidence::occurredAt))
			.toList();
		for (int end = sorted.size() - 1; end >= s.minContacts() - 1; end--) {
			Instant endAt = sorted.get(end).occurredAt();
			if (endAt.isBefore(now.minus(lookback))) {
				break;
			}
			Instant startAt = endAt.minus(window);
			List<Evidence> inWindow = sorted.subList(0, end + 1)
				.stream()
				.filter(e -> !e.occurredAt().isBefore(startAt))
				.toList();
			if (inWindow.size() >= s.minContacts()) {
				return List.of(new Finding(rule, rule.id(), inWindow));
			}
		}
		return List.of();
	}

	private static List<Evidence> entries(List<Fact> facts) {
		Set<UUID> seen = new HashSet<>();
		return facts.stream()
			.filter(f -> seen.add(f.entryId()))
			.sorted(Comparator.comparing(Fact::occurredAt).thenComparing(Fact::entryId))
			.map(f -> new Evidence(Evidence.Kind.ENTRY, f.entryId(), f.occurredAt()))
			.toList();
	}

	/**
	 * How often each of a rule's signs is seen among the facts added and not yet removed.
	 * A sign counts once it is seen its own minCount times.
	 */
	private static final class Tally {

		private final List<Indicator> indicators;

		private final int[] seen;

		Tally(List<Indicator> indicators) {
			this.indicators = indicators;
			this.seen = new int[indicators.size()];
		}

		void add(Fact fact) {
			count(fact, 1);
		}

		void remove(Fact fact) {
			count(fact, -1);
		}

		private void count(Fact fact, int by) {
			for (int i = 0; i < seen.length; i++) {
				if (indicators.get(i).matches(fact)) {
					seen[i] += by;
				}
			}
		}

		private boolean counts(int i) {
			return seen[i] >= indicators.get(i).minCount();
		}

		int signs() {
			int signs = 0;
			for (int i = 0; i < seen.length; i++) {
				signs += counts(i) ? 1 : 0;
			}
			return signs;
		}

		/** Those of these facts (the ones tallied) that show a sign that counts. */
		List<Fact> evidence(List<Fact> facts) {
			List<Fact> evidence = new ArrayList<>();
			for (Fact fact : facts) {
				for (int i = 0; i < seen.length; i++) {
					if (counts(i) && indicators.get(i).matches(fact)) {
						evidence.add(fact);
						break;
					}
				}
			}
			return evidence;
		}

	}

}
