package org.fullpicture.signals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.ChronologyEntryRecorded;
import org.fullpicture.frontdoor.ContactDecided;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Incremental evaluation: after each recorded entry or front door decision commits, the
 * rules it can affect run for the children it concerns. The event publication registry
 * holds the event until this succeeds, so none is missed.
 */
@Component
class SignalListeners {

	private final Evaluation evaluation;

	private final WorkWithChildren work;

	private final People people;

	private final FamilyNetwork families;

	private final Clock clock;

	SignalListeners(Evaluation evaluation, WorkWithChildren work, People people, FamilyNetwork families, Clock clock) {
		this.evaluation = evaluation;
		this.work = work;
		this.people = people;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * The rules the entry can affect run for the people it is about; its household rules
	 * run also for every other child living at their addresses (a sibling, a new baby),
	 * so an entry about a parent or one child counts for them all.
	 */
	@ApplicationModuleListener
	void on(ChronologyEntryRecorded recorded) {
		Predicate<Rule> affected = rule -> rule.canBeAffectedBy(recorded.type());
		for (UUID person : recorded.childIds()) {
			evaluation.evaluate(person, affected, recorded.occurredAt());
		}
		Predicate<Rule> household = affected.and(rule -> rule.settings().scope() == Rule.Scope.HOUSEHOLD);
		if (!evaluation.anyRule(household)) {
			return;
		}
		for (UUID other : otherChildrenOfTheHousehold(recorded.childIds())) {
			evaluation.evaluate(other, household, recorded.occurredAt());
		}
	}

	private Set<UUID> otherChildrenOfTheHousehold(List<UUID> about) {
		Set<UUID> household = new LinkedHashSet<>();
		for (UUID person : about) {
			household.addAll(families.household(person));
		}
		household.removeAll(about);
		if (household.isEmpty()) {
			return household;
		}
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		Set<UUID> children = new LinkedHashSet<>();
		for (Person member : people.findAll(household)) {
			if (member.isChildOn(today)) {
				children.add(member.id());
			}
		}
		return children;
	}

	@ApplicationModuleListener
	void on(ContactDecided decided) {
		work.record(decided);
		for (UUID child : decided.childIds()) {
			evaluation.evaluate(child,
					rule -> rule.kind() == Rule.Kind.CONTACT_OUTCOMES || rule.kind() == Rule.Kind.RESPONSE_DUE);
		}
	}

}
