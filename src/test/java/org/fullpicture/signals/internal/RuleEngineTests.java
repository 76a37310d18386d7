package org.fullpicture.signals.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.chronology.EntryFacts.Fact;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine alone, with the shipped rules: fast checks of thresholds that need no
 * database.
 */
class RuleEngineTests {

	static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	final RuleEngine engine = new RuleEngine(Duration.ofDays(365), WorkingCalendar.englandAndWales());

	final Person child = new Person(UUID.randomUUID(), "Sam", "Test", LocalDate.of(2012, 1, 1), null, Sex.MALE, null,
			null);

	final List<Fact> facts = new ArrayList<>();

	static Rule rule(String id) {
		return RuleBook.shipped().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	Fact fact(EntryType type, UUID agency, double daysAgo, String... factors) {
		Fact fact = new Fact(UUID.randomUUID(), type, agency, NOW.minus(Duration.ofMinutes((long) (daysAgo * 1440))),
				Set.of(factors));
		facts.add(fact);
		facts.sort(java.util.Comparator.comparing(Fact::occurredAt));
		return fact;
	}

	List<Finding> findings(String ruleId) {
		return engine.findings(rule(ruleId),
				new RuleEngine.Subject(child, facts, facts, List.of(), List.of(), () -> false), NOW);
	}

	@Test
	void threeArrestsAreOneSignOfExploitationNotThree() {
		UUID police = UUID.randomUUID();
		fact(EntryType.ARREST, police, 30);
		fact(EntryType.ARREST, police, 20);
		fact(EntryType.ARREST, police, 10);
		assertThat(findings("exploitation-indicators")).isEmpty();
	}

	@Test
	void threeConcernsFromTwoAgenciesWithinTheWindowFire() {
		UUID school = UUID.randomUUID();
		fact(EntryType.CONCERN, school, 89);
		fact(EntryType.CONCERN, UUID.randomUUID(), 40);
		fact(EntryType.CONCERN, school, 1);
		assertThat(findings("low-level-concerns")).singleElement().satisfies(f -> assertThat(f.evidence()).hasSize(3));
	}

	@Test
	void aCodedSelfHarmCountsAsSelfHarm() {
		fact(EntryType.CONCERN, UUID.randomUUID(), 1, "15A");
		assertThat(findings("self-harm")).hasSize(1);
	}

	@Test
	void anEntryJustRecordedIsLookedForInEveryPatternThatCouldHoldItAndNoOther() {
		UUID school = UUID.randomUUID();
		fact(EntryType.CONCERN, school, 170);
		fact(EntryType.CONCERN, UUID.randomUUID(), 150);
		Fact late = fact(EntryType.CONCERN, school, 130);
		Fact afterwards = fact(EntryType.CONCERN, school, 5);
		RuleEngine.Subject subject = new RuleEngine.Subject(child, facts, facts, List.of(), List.of(), () -> false);
		Rule rule = rule("low-level-concerns");

		// a concern recorded late, weeks after it happened, still completes the pattern
		assertThat(engine.findings(rule, subject, NOW, engine.earliestEnd(NOW, late.occurredAt()))).singleElement()
			.satisfies(f -> assertThat(f.evidence()).hasSize(3));
		// a concern months after the pattern cannot be part of it: nothing new to find
		assertThat(engine.findings(rule, subject, NOW, engine.earliestEnd(NOW, afterwards.occurredAt()))).isEmpty();
	}

}
