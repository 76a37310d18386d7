package org.fullpicture.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageResult.Decision;
import org.fullpicture.linkage.LinkageResult.Match;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In linking, each file holds a person once: a record is the same person as one record of
 * the other file at most.
 */
class OneToOneLinkTest {

	@TempDir
	static Path directory;

	/** The generated files, both kinds, written once for the tests. */
	@BeforeAll
	static void generate() throws IOException {
		FebrlGenerator.writeAll(directory, 2000, 11);
	}

	/**
	 * One generated pair of files, without soc_sec_id, and how the engine linked them.
	 */
	private record Linked(List<FebrlFile.Row> left, List<FebrlFile.Row> right, LinkageResult result) {

		static Linked files(String kind) throws IOException {
			List<FebrlFile.Row> left = FebrlFile.read(directory.resolve(kind + "-a.csv"), Set.of("soc_sec_id"));
			List<FebrlFile.Row> right = FebrlFile.read(directory.resolve(kind + "-b.csv"), Set.of("soc_sec_id"));
			return new Linked(left, right,
					LinkageEngine.configured().link(FebrlFile.records(left), FebrlFile.records(right)));
		}

	}

	@Test
	void aRecordClaimedByAStrongerPairIsSentForReviewNotLinkedTwice() throws IOException {
		// households with twins and siblings sharing names, family name and address
		Linked linked = Linked.files("link");
		List<FebrlFile.Row> left = linked.left();
		List<FebrlFile.Row> right = linked.right();
		LinkageResult result = linked.result();

		Set<Integer> leftLinked = new HashSet<>();
		Set<Integer> rightLinked = new HashSet<>();
		for (Match match : result.samePerson()) {
			assertThat(leftLinked.add(match.left())).as("left record %d linked once", match.left()).isTrue();
			assertThat(rightLinked.add(match.right())).as("right record %d linked once", match.right()).isTrue();
		}
		List<Match> claimedElsewhere = result.matches()
			.stream()
			.filter(m -> m.decision() == Decision.REVIEW && m.matchProbability() >= 0.9)
			.toList();
		assertThat(claimedElsewhere).as("pairs above the threshold whose record was already claimed")
			.isNotEmpty()
			.allSatisfy(m -> assertThat(leftLinked.contains(m.left()) || rightLinked.contains(m.right())).isTrue())
			.allSatisfy(m -> assertThat(left.get(m.left()).person()).isNotEqualTo(right.get(m.right()).person()));
	}

	@Test
	void aWeakPairIsReviewedOnlyIfOneOfItsRecordsIsStillWithoutItsPerson() throws IOException {
		// FEBRL's error model on households: given names and birth dates replaced
		Linked linked = Linked.files("febrl");
		List<FebrlFile.Row> left = linked.left();
		List<FebrlFile.Row> right = linked.right();
		LinkageResult result = linked.result();

		Set<Integer> leftLinked = new HashSet<>();
		Set<Integer> rightLinked = new HashSet<>();
		result.samePerson().forEach(match -> {
			leftLinked.add(match.left());
			rightLinked.add(match.right());
		});
		List<Match> weakReviews = result.matches()
			.stream()
			.filter(m -> m.decision() == Decision.REVIEW && m.matchProbability() < 0.9)
			.toList();
		assertThat(weakReviews).isNotEmpty()
			.noneMatch(m -> leftLinked.contains(m.left()) && rightLinked.contains(m.right()));
		List<Match> belowReviewThreshold = weakReviews.stream().filter(m -> m.matchProbability() < 0.2).toList();
		long theirPerson = belowReviewThreshold.stream()
			.filter(m -> left.get(m.left()).person() == right.get(m.right()).person())
			.count();
		assertThat(belowReviewThreshold).as("twins and records left without their person").isNotEmpty();
		assertThat(theirPerson).isGreaterThan(belowReviewThreshold.size() / 2);
	}

}
