package org.fullpicture.chronology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fullpicture.shared.DateRange;
import org.fullpicture.shared.FieldProblem;

/**
 * Narrowing a chronology: by agency, by type and by the dates things happened (inclusive,
 * UK time).
 */
public record ChronologyFilter(UUID agencyId, EntryType type, LocalDate from, LocalDate to, boolean oldestFirst) {

	public static ChronologyFilter none() {
		return new ChronologyFilter(null, null, null, null, false);
	}

	/**
	 * The same filter narrowed to one agency's entries, whatever agency was asked for.
	 */
	public ChronologyFilter onlyAgency(UUID agency) {
		return new ChronologyFilter(agency, type, from, to, oldestFirst);
	}

	/**
	 * Dates a chronology can be narrowed to; beyond them nothing is recorded and the
	 * databases cannot compare.
	 */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		DateRange.problem("from", from, DateRange.EARLIEST, DateRange.LATEST, null, "The from date")
			.ifPresent(problems::add);
		DateRange.problem("to", to, DateRange.EARLIEST, DateRange.LATEST, null, "The to date").ifPresent(problems::add);
		return problems;
	}

}
