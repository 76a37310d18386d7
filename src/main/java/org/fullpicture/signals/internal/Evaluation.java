package org.fullpicture.signals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.chronology.EntryFacts;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.Person;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.signals.SignalRaised;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the rules for one child and keeps the signals true to what they find: a new signal
 * for new conditions, more evidence on the open signal for the same conditions, and
 * nothing for conditions whose every piece of evidence was already in a signal that was
 * actioned or dismissed.
 */
@Service
class Evaluation {

	private final RuleBook rules;

	private final EntryFacts facts;

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final SignalStore store;

	private final MissingEpisodes missing;

	private final WorkWithChildren work;

	private final Practitioners practitioners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RuleEngine engine;

	Evaluation(RuleBook rules, EntryFacts facts, People people, FamilyNetwork familyNetwork, SignalStore store,
			MissingEpisodes missing, WorkWithChildren work, Practitioners practitioners,
			ApplicationEventPublisher events, WorkingCalendar calendar, Clock clock,
			@Value("${fullpicture.signals.lookback:P365D}") Duration lookback) {
		this.rules = rules;
		this.facts = facts;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.store = store;
		this.missing = missing;
		this.work = work;
		this.practitioners = practitioners;
		this.events = events;
		this.clock = clock;
		this.engine = new RuleEngine(lookback, calendar);
	}

	/** Whether any rule in the book is among those chosen. */
	boolean anyRule(Predicate<Rule> which) {
		return rules.all().stream().anyMatch(which);
	}

	/** Evaluates the chosen rules for one child now; the number of signals raised. */
	@Transactional
	int evaluate(UUID personId, Predicate<Rule> which) {
		return evaluate(personId, which, null);
	}

	/**
	 * As {@link #evaluate(UUID, Predicate)}, looking only for findings that could hold
	 * something that happened at or after {@code newSince} (an entry just recorded):
	 * anything older was looked for when it was recorded.
	 */
	@Transactional
	int evaluate(UUID personId, Predicate<Rule> which, Instant newSince) {
		List<Rule> chosen = rules.all().stream().filter(which).toList();
		Optional<Person> person = people.find(personId);
		if (chosen.isEmpty() || person.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		Instant earliestEnd = engine.earliestEnd(now, newSince);
		RuleEngine.Subject subject = subject(person.get(), chosen, engine.factsSince(chosen, earliestEnd));
		List<Finding> found = new ArrayList<>();
		for (Rule rule : chosen) {
			found.addAll(engine.findings(rule, subject, now, earliestEnd));
		}
		// most evaluations find nothing new: they stay read-only and take no lock. One
		// that has something to write locks the child and looks again, so two
		// evaluations at once cannot raise the same signal twice; the later of two
		// entries recorded together is evaluated after both were committed, so its
		// facts hold both
		if (found.isEmpty() || !hasNews(personId, found)) {
			return 0;
		}
		store.lock(personId);
		return reconcile(personId, found, now);
	}

	private RuleEngine.Subject subject(Person person, List<Rule> chosen, Instant since) {
		List<EntryFacts.Fact> childFacts = facts.about(List.of(person.id()), since);
		List<EntryFacts.Fact> householdFacts = childFacts;
		if (chosen.stream().anyMatch(r -> r.settings().scope() == Rule.Scope.HOUSEHOLD)) {
			Set<UUID> household = familyNetwork.household(person.id());
			if (household.size() > 1) {
				householdFacts = facts.about(household, since);
			}
		}
		boolean needsContacts = chosen.stream()
			.anyMatch(r -> r.kind() == Rule.Kind.CONTACT_OUTCOMES || r.kind() == Rule.Kind.RESPONSE_DUE);
		boolean needsReturns = chosen.stream().anyMatch(r -> r.kind() == Rule.Kind.RETURN_INTERVIEW_DUE);
		return new RuleEngine.Subject(person, childFacts, householdFacts,
				needsContacts ? work.contacts(person.id()) : List.of(),
				needsReturns ? missing.waitingForInterview(person.id()) : List.of(),
				() -> work.hasOpenWork(person.id()));
	}

	private boolean hasNews(UUID personId, List<Finding> found) {
		Map<String, List<SignalStore.Signal>> history = history(personId, found);
		return found.stream().anyMatch(finding -> !fresh(finding, history).isEmpty());
	}

	private Map<String, List<SignalStore.Signal>> history(UUID personId, List<Finding> found) {
		return store.byCondition(personId, found.stream().map(Finding::conditionKey).toList());
	}

	/** The finding's evidence that no signal of its conditions holds yet. */
	private static List<Evidence> fresh(Finding finding, Map<String, List<SignalStore.Signal>> history) {
		Set<UUID> known = SignalStore.evidenceIds(history.getOrDefault(finding.conditionKey(), List.of()));
		return finding.evidence().stream().filter(e -> !known.contains(e.id())).toList();
	}

	private int reconcile(UUID personId, List<Finding> found, Instant now) {
		Map<String, List<SignalStore.Signal>> history = history(personId, found);
		int raised = 0;
		for (Finding finding : found) {
			Optional<SignalStore.Signal> open = history.getOrDefault(finding.conditionKey(), List.of())
				.stream()
				.filter(s -> s.status().isOpen())
				.findFirst();
			List<Evidence> fresh = fresh(finding, history);
			if (open.isPresent()) {
				store.addEvidence(open.get().id(), fresh, now);
			}
			else if (!fresh.isEmpty()) {
				raise(personId, finding, now);
				raised++;
			}
		}
		return raised;
	}

	private void raise(UUID personId, Finding finding, Instant now) {
		Rule rule = finding.rule();
		Optional<UUID> lead = work.leadProfessional(personId);
		UUID routedTo = rule.route() == Rule.Route.LEAD_PROFESSIONAL_OR_MASH ? lead.orElse(null) : null;
		SignalStore.Signal signal = new SignalStore.Signal(UUID.randomUUID(), personId, rule.id(), rule.version(),
				finding.conditionKey(), rule.severity(), SignalStore.Status.NEW, now, rule.recommendedAction(),
				rule.route(), routedTo, null, null, null, null, null, null, finding.evidence());
		store.insert(signal);
		events.publishEvent(
				new SignalRaised(signal.id(), personId, rule.id(), rule.version(), rule.severity(), routedTo, now));
		Set<UUID> recipients = new LinkedHashSet<>();
		if (routedTo != null) {
			recipients.add(routedTo);
		}
		else if (rule.route() == Rule.Route.MANAGER) {
			lead.ifPresent(recipients::add);
			List<UUID> managers = practitioners.idsWithRoles(Set.of(Role.MASH, Role.MANAGER));
			recipients.addAll(managers.isEmpty() ? practitioners.idsWithRoles(Set.of(Role.MASH)) : managers);
		}
		else {
			recipients.addAll(practitioners.idsWithRoles(Set.of(Role.MASH)));
		}
		if (!recipients.isEmpty()) {
			// the rule's title only: the reader opens the signal, behind the usual access
			// rules, for anything more
			events.publishEvent(new NoticeIssued(UUID.randomUUID(), new HashSet<>(recipients), personId,
					"SIGNAL_RAISED", "A signal was raised: " + rule.title(), "/signals/" + signal.id(),
					rule.severity() == org.fullpicture.signals.Severity.HIGH, now));
		}
	}

}
