package org.fullpicture.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageResult.Match;
import org.fullpicture.linkage.internal.BlockingProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether records hold households is measured on the records, not assumed. Where they
 * hold none (FEBRL's own sets), a pair whose given name and birth date were both replaced
 * is one person whose family name and home agree, and is linked; where brothers and
 * sisters are recorded, that same look is a sibling's, and no such pair is linked.
 */
class HouseholdsMeasuredTest {

	private static final String GIVEN_AND_BIRTH_REPLACED = "given:replaced+birth:replaced";

	@TempDir
	static Path withHouseholds;

	@TempDir
	static Path withoutHouseholds;

	@BeforeAll
	static void generate() throws IOException {
		FebrlGenerator.writeAll(withHouseholds, 3000, 23, new FebrlGenerator.Options(0, true));
		FebrlGenerator.writeAll(withoutHouseholds, 3000, 23, new FebrlGenerator.Options(0, false));
	}

	@Test
	void withoutHouseholdsAPairWhoseGivenNameAndBirthDateWereReplacedIsLinked() throws IOException {
		Linked linked = Linked.febrlFiles(withoutHouseholds);

		assertThat(linked.evaluation.falsePositives).isZero();
		assertThat(linked.evaluation.f1()).isGreaterThanOrEqualTo(0.995);
		long[] replaced = linked.truePairsOfKind(GIVEN_AND_BIRTH_REPLACED);
		assertThat(replaced[0]).as("true pairs with given name and birth date replaced").isGreaterThanOrEqualTo(10);
		assertThat(replaced[1]).as("of them linked").isGreaterThanOrEqualTo(replaced[0] * 8 / 10);
	}

	@Test
	void withHouseholdsNoPairThatCouldBeBrotherAndSisterIsLinked() throws IOException {
		Linked linked = Linked.febrlFiles(withHouseholds);

		assertThat(linked.linkedOfKind(GIVEN_AND_BIRTH_REPLACED))
			.as("linked pairs with given name and birth date unlike")
			.allMatch(match -> linked.left.get(match.left()).person() == linked.right.get(match.right()).person());
	}

	private record Linked(List<FebrlFile.Row> left, List<FebrlFile.Row> right, LinkageResult result,
			Evaluation evaluation) {

		static Linked febrlFiles(Path directory) throws IOException {
			List<FebrlFile.Row> left = FebrlFile.read(directory.resolve("febrl-a.csv"), Set.of("soc_sec_id"));
			List<FebrlFile.Row> right = FebrlFile.read(directory.resolve("febrl-b.csv"), Set.of("soc_sec_id"));
			List<LinkageRecord> leftRecords = FebrlFile.records(left);
			List<LinkageRecord> rightRecords = FebrlFile.records(right);
			LinkageResult result = LinkageEngine.configured().link(leftRecords, rightRecords);
			return new Linked(left, right, result,
					Evaluation.of(left, right, false, result, BlockingProbe.linking(leftRecords, rightRecords)));
		}

		/** {true pairs of this kind (and maybe more), how many of them were linked}. */
		long[] truePairsOfKind(String kind) {
			Map<Integer, FebrlFile.Row> rightByPerson = new HashMap<>();
			right.forEach(row -> rightByPerson.put(row.person(), row));
			long pairs = left.stream()
				.filter(row -> rightByPerson.containsKey(row.person()))
				.filter(row -> PairDifferences.kind(row.record(), rightByPerson.get(row.person()).record())
					.contains(kind))
				.count();
			long linked = linkedOfKind(kind).stream()
				.filter(match -> left.get(match.left()).person() == right.get(match.right()).person())
				.count();
			return new long[] { pairs, linked };
		}

		/**
		 * Pairs linked as the same person whose records differ in this way (and maybe
		 * more).
		 */
		List<Match> linkedOfKind(String kind) {
			return result.samePerson()
				.stream()
				.filter(match -> PairDifferences
					.kind(left.get(match.left()).record(), right.get(match.right()).record())
					.contains(kind))
				.toList();
		}

	}

}
