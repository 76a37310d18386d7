package org.fullpicture.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.fullpicture.linkage.LinkageModel.Scored;
import org.fullpicture.linkage.LinkageSettings;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.bench.ShippedModelWriter;
import org.junit.jupiter.api.Test;

class ModelFileTest {

	private static final LinkageSettings SETTINGS = LinkageSettings.fromClasspath();

	@Test
	void aModelReadBackScoresExactlyAsTheOneWritten() throws IOException {
		List<LinkageRecord> records = ShippedModelWriter.trainingRecords(500, 11);
		ScoringModel fitted = ScoringModel.fit(SETTINGS, records);
		StringWriter file = new StringWriter();
		fitted.write(file);

		ScoringModel read = ModelFile.read(SETTINGS, new BufferedReader(new StringReader(file.toString())));

		List<LinkageRecord> candidates = records.subList(0, 300);
		for (LinkageRecord probe : records.subList(300, 320)) {
			assertThat(read.score(probe, candidates)).extracting(Scored::matchProbability)
				.containsExactlyElementsOf(
						fitted.score(probe, candidates).stream().map(Scored::matchProbability).toList());
		}
	}

	@Test
	void refusesAFileFittedWithOtherLevels() {
		String file = "m\tDATE_OF_BIRTH\tsame week\t0.5\n";

		assertThatIllegalStateException()
			.isThrownBy(() -> ModelFile.read(SETTINGS, new BufferedReader(new StringReader(file))))
			.withMessageContaining("regenerate");
	}

}
