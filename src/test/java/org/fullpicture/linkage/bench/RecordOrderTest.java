package org.fullpicture.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same records give the same pairs, decisions and probabilities however the caller
 * lists them: a file sorted another way is no other evidence.
 */
class RecordOrderTest {

	@TempDir
	static Path directory;

	static List<LinkageRecord> left;

	static List<LinkageRecord> right;

	@BeforeAll
	static void generate() throws IOException {
		FebrlGenerator.writeAll(directory, 1500, 17);
		left = FebrlFile.records(FebrlFile.read(directory.resolve("febrl-a.csv"), Set.of("soc_sec_id")));
		right = FebrlFile.records(FebrlFile.read(directory.resolve("febrl-b.csv"), Set.of("soc_sec_id")));
	}

	@Test
	void linkingGivesTheSameResultWhateverTheOrderOfEitherFile() {
		Set<String> asListed = described(LinkageEngine.configured().link(left, right), left, right);
		List<LinkageRecord> shuffledLeft = shuffled(left, 1);
		List<LinkageRecord> shuffledRight = shuffled(right, 2);

		Set<String> shuffled = described(LinkageEngine.configured().link(shuffledLeft, shuffledRight), shuffledLeft,
				shuffledRight);

		assertThat(asListed).hasSizeGreaterThan(1000);
		assertThat(shuffled).isEqualTo(asListed);
	}

	@Test
	void deduplicatingGivesTheSameResultWhateverTheOrder() {
		List<LinkageRecord> both = new ArrayList<>(left);
		both.addAll(right);
		Set<String> asListed = described(LinkageEngine.configured().deduplicate(both), both, both);
		List<LinkageRecord> shuffled = shuffled(both, 3);

		assertThat(described(LinkageEngine.configured().deduplicate(shuffled), shuffled, shuffled)).isEqualTo(asListed);
	}

	private static List<LinkageRecord> shuffled(List<LinkageRecord> records, long seed) {
		List<LinkageRecord> copy = new ArrayList<>(records);
		Collections.shuffle(copy, new Random(seed));
		return copy;
	}

	/**
	 * Each match by its records' ids (in either order, as deduplication may list them),
	 * decision and probability.
	 */
	private static Set<String> described(LinkageResult result, List<LinkageRecord> left, List<LinkageRecord> right) {
		return result.matches().stream().map(m -> {
			String a = left.get(m.left()).sourceRecordId();
			String b = right.get(m.right()).sourceRecordId();
			String pair = (left == right && a.compareTo(b) > 0) ? b + " " + a : a + " " + b;
			return pair + " " + m.decision() + " " + String.format("%.6f", m.matchProbability());
		}).collect(Collectors.toSet());
	}

}
