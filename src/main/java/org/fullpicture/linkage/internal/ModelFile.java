package org.fullpicture.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.fullpicture.linkage.LinkageSettings;

/**
 * A fitted model as tab-separated lines: the match share, m and u of each level (by name,
 * so a file from before the levels changed is refused), the non-match count of each
 * pattern (the household lift is measured on them) and the name counts. Lines starting
 * with # are comments. Doubles are written in full, so a model read back scores exactly
 * as the one written.
 */
final class ModelFile {

	private static final String SHIPPED = "linkage/model.tsv";

	private ModelFile() {
	}

	static void write(FellegiSunterModel model, NameCounts names, Writer out) throws IOException {
		out.write("patterns\t" + Patterns.COUNT + "\n");
		out.write("match-share\t" + model.lambda + "\n");
		for (Comparison comparison : Comparison.ALL) {
			for (int level = 0; level < comparison.missing(); level++) {
				String key = comparison.name() + "\t" + comparison.level(level) + "\t";
				out.write("m\t" + key + model.m[comparison.ordinal()][level] + "\n");
				out.write("u\t" + key + model.u[comparison.ordinal()][level] + "\n");
			}
		}
		for (int pattern = 0; pattern < Patterns.COUNT; pattern++) {
			if (model.nonMatchCounts[pattern] != 0) {
				out.write("non-match\t" + pattern + "\t" + model.nonMatchCounts[pattern] + "\n");
			}
		}
		writeCounts("given-name", names.given(), out);
		writeCounts("family-name", names.family(), out);
	}

	private static void writeCounts(String kind, Map<String, Integer> counts, Writer out) throws IOException {
		for (String name : counts.keySet().stream().sorted().toList()) {
			out.write(kind + "\t" + name + "\t" + counts.get(name) + "\n");
		}
	}

	static ScoringModel readShipped(LinkageSettings settings) {
		try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(SHIPPED)) {
			if (in == null) {
				throw new IllegalStateException(SHIPPED + " is missing from the classpath");
			}
			return read(settings, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ScoringModel read(LinkageSettings settings, BufferedReader lines) throws IOException {
		double[][] m = new double[Comparison.ALL.size()][];
		double[][] u = new double[Comparison.ALL.size()][];
		for (Comparison comparison : Comparison.ALL) {
			m[comparison.ordinal()] = new double[comparison.size()];
			u[comparison.ordinal()] = new double[comparison.size()];
		}
		double[] nonMatchCounts = new double[Patterns.COUNT];
		double lambda = Double.NaN;
		Map<String, Integer> given = new HashMap<>();
		Map<String, Integer> family = new HashMap<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			switch (fields[0]) {
				case "patterns" -> requireLayout(Integer.parseInt(fields[1]) == Patterns.COUNT);
				case "match-share" -> lambda = Double.parseDouble(fields[1]);
				case "m" -> readLevel(m, fields);
				case "u" -> readLevel(u, fields);
				case "non-match" -> nonMatchCounts[Integer.parseInt(fields[1])] = Double.parseDouble(fields[2]);
				case "given-name" -> given.put(fields[1], Integer.valueOf(fields[2]));
				case "family-name" -> family.put(fields[1], Integer.valueOf(fields[2]));
				default -> throw new IllegalStateException("unknown line in linkage model: " + fields[0]);
			}
		}
		FellegiSunterModel model = new FellegiSunterModel(m, u, lambda);
		model.nonMatchCounts = nonMatchCounts;
		return new ScoringModel(settings, model, new NameCounts(given, family));
	}

	private static void readLevel(double[][] probabilities, String[] fields) {
		Comparison comparison = Comparison.valueOf(fields[1]);
		int level = 0;
		while (level < comparison.missing() && !comparison.level(level).equals(fields[2])) {
			level++;
		}
		requireLayout(level < comparison.missing());
		probabilities[comparison.ordinal()][level] = Double.parseDouble(fields[3]);
	}

	private static void requireLayout(boolean matches) {
		if (!matches) {
			throw new IllegalStateException("the linkage model was fitted with other comparisons: regenerate it");
		}
	}

}
