package org.fullpicture.signals.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.fullpicture.chronology.EntryType;
import org.fullpicture.signals.Severity;

/**
 * A rule as written in {@code rules/*.yaml}, with any administrator's parameters applied.
 * {@code parameters} is what the file and the changes say, shown as written;
 * {@code settings} is the same read and checked.
 */
public record Rule(String id, int version, String title, Kind kind, Severity severity, Route route, String description,
		String why, String recommendedAction, Map<String, Object> parameters, Settings settings) {

	/**
	 * How a rule looks at the record: the engine knows these; what each looks for is in
	 * the rule's parameters.
	 */
	public enum Kind {

		/**
		 * Enough matching entries (from enough agencies, of enough different kinds)
		 * within a time window.
		 */
		PATTERN,
		/** Every matching entry, on its own. */
		EACH,
		/** A trigger entry while context entries were recorded in the time before it. */
		CHANGE,
		/**
		 * A matching entry with no response entry or front door contact within so many
		 * working days.
		 */
		RESPONSE_DUE,
		/** A return from missing with no return home interview within so many hours. */
		RETURN_INTERVIEW_DUE,
		/** Enough front door decisions with these outcomes within a time window. */
		CONTACT_OUTCOMES

	}

	/** Who a signal goes to. */
	public enum Route {

		/** The lead professional of the child's open episode, otherwise the MASH. */
		LEAD_PROFESSIONAL_OR_MASH,
		/** Managers in the MASH (with the lead professional told too). */
		MANAGER

	}

	public enum Scope {

		CHILD, HOUSEHOLD

	}

	/**
	 * A rule's parameters, read and checked. Absent numbers are 0 or 1 as their meaning
	 * needs.
	 */
	public record Settings(int windowDays, int minEntries, int minAgencies, int minIndicators, boolean noOpenWork,
			Scope scope, boolean unbornOnly, Integer minAgeYears, Integer maxAgeYears, int contextDays,
			int dueWorkingDays, int dueHours, int minContacts, Set<String> outcomes, List<Indicator> indicators,
			List<Indicator> triggers, List<Indicator> responses) {

		/**
		 * Every indicator the rule mentions, for deciding whether an entry type can
		 * affect it.
		 */
		Stream<Indicator> allIndicators() {
			return Stream.of(indicators, triggers, responses).flatMap(List::stream);
		}

	}

	/**
	 * Whether recording an entry of this type (with any factors) could change what this
	 * rule finds.
	 */
	boolean canBeAffectedBy(EntryType type) {
		return switch (kind) {
			case PATTERN, EACH, CHANGE, RESPONSE_DUE ->
				settings.allIndicators().anyMatch(i -> i.entryTypes().contains(type) || !i.factors().isEmpty());
			case RETURN_INTERVIEW_DUE, CONTACT_OUTCOMES -> false;
		};
	}

	/**
	 * Rules whose findings change with the passing of time alone, checked by the
	 * scheduled job.
	 */
	boolean isClockRule() {
		return kind == Kind.RESPONSE_DUE || kind == Kind.RETURN_INTERVIEW_DUE;
	}

}
