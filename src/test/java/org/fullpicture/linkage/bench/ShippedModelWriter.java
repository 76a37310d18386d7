package org.fullpicture.linkage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fullpicture.linkage.LinkageSettings;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.internal.ScoringModel;

/**
 * Fits the model shipped in {@code src/main/resources/linkage/model.tsv} on generated
 * records, reproducibly (fixed persons and seed). Run from the project directory:
 *
 * <pre>
 * ./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.fullpicture.linkage.bench.ShippedModelWriter
 * </pre>
 */
public final class ShippedModelWriter {

	private static final int PERSONS = 5000;

	private static final long SEED = 1;

	private static final Path MODEL = Path.of("src/main/resources/linkage/model.tsv");

	private ShippedModelWriter() {
	}

	public static void main(String[] args) throws IOException {
		ScoringModel model = ScoringModel.fit(LinkageSettings.fromClasspath(), trainingRecords(PERSONS, SEED));
		try (Writer out = Files.newBufferedWriter(MODEL, StandardCharsets.UTF_8)) {
			out.write("# Linkage model fitted on " + PERSONS + " generated persons (seed " + SEED
					+ "), no real records.\n");
			out.write("# Regenerate: see org.fullpicture.linkage.bench.ShippedModelWriter (src/test/java):\n");
			out.write("#   ./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test"
					+ " -Dmdep.outputFile=target/test.classpath\n");
			out.write("#   java -cp target/test-classes:target/classes:$(cat target/test.classpath)"
					+ " org.fullpicture.linkage.bench.ShippedModelWriter\n");
			model.write(out);
		}
		System.out.println("wrote " + MODEL);
	}

	/**
	 * Three records per generated person, deduplicated together: the original, one with
	 * everyday slips (typos, missing values), and one with a single hard error (day and
	 * month swapped, a nickname, a house move, no birth date), so that the model learns
	 * what each of those is worth.
	 */
	public static List<LinkageRecord> trainingRecords(int persons, long seed) {
		try {
			Path directory = Files.createTempDirectory("linkage-generated");
			FebrlGenerator.writeAll(directory, persons, seed);
			List<LinkageRecord> records = new ArrayList<>();
			for (String file : List.of("link-a.csv", "link-b.csv", "hard-b.csv")) {
				FebrlFile.read(directory.resolve(file), Set.of()).forEach(row -> records.add(row.record()));
			}
			try (var files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(directory);
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
