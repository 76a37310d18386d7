package org.fullpicture.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.internal.BlockingProbe;
import org.junit.jupiter.api.Test;

/**
 * End to end on FEBRL dataset1, found beside the project (CI) or in the shared folder.
 */
class FebrlDataset1Test {

	private static final List<Path> PLACES = List.of(Path.of("../shared/data/febrl/dataset1.csv"),
			Path.of("/work/shared/data/febrl/dataset1.csv"));

	@Test
	void deduplicatesDataset1WithTheIdentifier() throws IOException {
		assertThat(deduplicate(Set.of()).f1()).isGreaterThan(0.99);
	}

	@Test
	void deduplicatesDataset1WithoutTheIdentifier() throws IOException {
		Evaluation evaluation = deduplicate(Set.of("soc_sec_id"));
		assertThat(evaluation.f1()).isGreaterThan(0.94);
		assertThat(evaluation.blockingRecall).isGreaterThanOrEqualTo(0.998);
	}

	private static Evaluation deduplicate(Set<String> ignoredColumns) throws IOException {
		Path file = PLACES.stream().filter(Files::isReadable).findFirst().orElse(null);
		assumeTrue(file != null, "FEBRL dataset1.csv not found at " + PLACES + "; skipping");
		List<FebrlFile.Row> rows = FebrlFile.read(file, ignoredColumns);
		List<LinkageRecord> records = FebrlFile.records(rows);
		LinkageResult result = LinkageEngine.configured().deduplicate(records);
		return Evaluation.of(rows, rows, true, result, BlockingProbe.deduplicating(records));
	}

}
