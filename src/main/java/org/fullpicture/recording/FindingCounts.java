package org.fullpicture.recording;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The manager report's figures: findings counted by team, month and category, so that practice
 * (not a person) can be supported. A pure function: the caller supplies the findings.
 */
public final class FindingCounts {

	private FindingCounts() {
	}

	/** One row per team, month and category that has findings, ordered by team, month, then category. */
	public static List<Row> byTeamMonthAndCategory(Collection<RecordedFinding> findings) {
		return findings.stream()
			.collect(Collectors.groupingBy(Group::of, () -> new TreeMap<>(Group.ORDER), Collectors.counting()))
			.entrySet()
			.stream()
			.map(entry -> new Row(entry.getKey().team(), entry.getKey().month(), entry.getKey().category(),
					entry.getValue()))
			.toList();
	}

	public record Row(String team, YearMonth month, Category category, long count) {
	}

	private record Group(String team, YearMonth month, Category category) {

		static final Comparator<Group> ORDER = Comparator.comparing(Group::team)
			.thenComparing(Group::month)
			.thenComparing(Group::category);

		static Group of(RecordedFinding finding) {
			return new Group(finding.team(), YearMonth.from(finding.recordedOn()), finding.category());
		}

	}

}
