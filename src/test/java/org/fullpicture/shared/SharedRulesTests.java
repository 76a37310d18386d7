package org.fullpicture.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The small rules every module shares, said the same way everywhere: dates in range,
 * lengths, paging.
 */
class SharedRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void aDateOutsideItsRangeIsAProblemNamingTheFieldAndTheBoundsInWords() {
		assertThat(DateRange.problem("dateOfBirth", LocalDate.of(1899, 12, 31), DateRange.EARLIEST, TODAY, TODAY,
				"Date of birth"))
			.contains(new FieldProblem("dateOfBirth", "Date of birth must be between 1 January 1900 and today"));
		assertThat(DateRange.problem("dateOfBirth", TODAY, DateRange.EARLIEST, TODAY, TODAY, "Date of birth"))
			.isEmpty();
		assertThat(DateRange.problem("dateOfBirth", null, DateRange.EARLIEST, TODAY, TODAY, "Date of birth")).isEmpty();
		assertThatThrownBy(
				() -> DateRange.require("to", TODAY.plusDays(1), DateRange.EARLIEST, TODAY, TODAY, "The end date"))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("to"));
	}

	@Test
	void textLongerThanItsLimitIsAProblemThatSaysTheLimit() {
		assertThat(MaxLength.problem("town", "x".repeat(1001), 1000, "Town"))
			.contains(new FieldProblem("town", "Town must be 1,000 characters or fewer"));
		assertThat(MaxLength.problem("town", "x".repeat(1000), 1000, "Town")).isEmpty();
	}

	@Test
	void pagingIsKeptWithinBoundsAndKnowsItsNeighbours() {
		assertThat(PageOf.bounded(null, null, 25, 100)).containsExactly(1, 25);
		assertThat(PageOf.bounded(0, 500, 25, 100)).containsExactly(1, 100);
		PageOf<String> second = new PageOf<>(List.of("c", "d"), 2, 2, 5);
		assertThat(second.totalPages()).isEqualTo(3);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();
		assertThat(second.map(String::toUpperCase).items()).containsExactly("C", "D");
	}

}
