package org.fullpicture.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.internal.BlockingProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day and month swapped, a nickname, a house move, no date of birth: each must still
 * link.
 */
class HardErrorKindsTest {

	@TempDir
	Path directory;

	@Test
	void linksEachKindOfHardErrorWithoutTheIdentifier() throws IOException {
		FebrlGenerator.writeAll(directory, 2000, 7);
		List<FebrlFile.Row> left = FebrlFile.read(directory.resolve("hard-a.csv"), Set.of("soc_sec_id"));
		List<FebrlFile.Row> right = FebrlFile.read(directory.resolve("hard-b.csv"), Set.of("soc_sec_id"));
		List<LinkageRecord> leftRecords = FebrlFile.records(left);
		List<LinkageRecord> rightRecords = FebrlFile.records(right);

		LinkageResult result = LinkageEngine.configured().link(leftRecords, rightRecords);

		Evaluation evaluation = Evaluation.of(left, right, false, result,
				BlockingProbe.linking(leftRecords, rightRecords));
		assertThat(evaluation.byErrorKind).containsOnlyKeys("dmswap", "nickname", "move", "nodob");
		evaluation.byErrorKind.forEach(
				(kind, counts) -> assertThat(counts[1] / (double) counts[0]).as(kind).isGreaterThanOrEqualTo(0.98));
	}

}
