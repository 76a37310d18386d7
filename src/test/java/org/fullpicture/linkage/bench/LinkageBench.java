package org.fullpicture.linkage.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fullpicture.linkage.LinkageEngine;
import org.fullpicture.linkage.LinkageResult;
import org.fullpicture.linkage.LinkageResult.BlockingRuleCount;
import org.fullpicture.linkage.LinkageSettings;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.internal.BlockingProbe;

/**
 * Runs the engine on FEBRL files at the configured thresholds and prints how it did. See
 * {@code bin/linkage-bench} for usage. Prints no personal data, only counts.
 */
public final class LinkageBench {

	private LinkageBench() {
	}

	public static void main(String[] args) throws IOException {
		Arguments arguments = Arguments.parse(args);
		if (arguments.generateInto != null) {
			FebrlGenerator.writeAll(Path.of(arguments.generateInto), arguments.persons, arguments.seed,
					new FebrlGenerator.Options(arguments.modifications, arguments.households));
			return;
		}
		if (arguments.splitInto != null) {
			FebrlLinkSets.write(Path.of(arguments.files.get(0)), Path.of(arguments.splitInto));
			return;
		}
		LinkageSettings settings = LinkageSettings.fromClasspath();
		if (arguments.threads > 0) {
			settings = settings.withThreads(arguments.threads);
		}
		List<FebrlFile.Row> left = FebrlFile.read(Path.of(arguments.files.get(0)), arguments.ignoredColumns);
		boolean deduplicating = arguments.files.size() == 1;
		List<FebrlFile.Row> right = deduplicating ? left
				: FebrlFile.read(Path.of(arguments.files.get(1)), arguments.ignoredColumns);
		List<LinkageRecord> leftRecords = FebrlFile.records(left);
		List<LinkageRecord> rightRecords = deduplicating ? leftRecords : FebrlFile.records(right);
		LinkageEngine engine = new LinkageEngine(settings);

		long started = System.nanoTime();
		LinkageResult result = deduplicating ? engine.deduplicate(leftRecords) : engine.link(leftRecords, rightRecords);
		double seconds = (System.nanoTime() - started) / 1e9;

		BlockingProbe blocking = deduplicating ? BlockingProbe.deduplicating(leftRecords)
				: BlockingProbe.linking(leftRecords, rightRecords);
		Evaluation evaluation = Evaluation.of(left, right, deduplicating, result, blocking);
		report(arguments, settings, result, evaluation, seconds, left.size(), right.size());
	}

	private static void report(Arguments arguments, LinkageSettings settings, LinkageResult result,
			Evaluation evaluation, double seconds, int leftSize, int rightSize) {
		System.out.printf("mode=%s files=%s records=%d x %d ignored=%s threads=%d cores=%d%n",
				arguments.files.size() == 1 ? "dedupe" : "link", arguments.files, leftSize, rightSize,
				arguments.ignoredColumns, settings.threads(), Runtime.getRuntime().availableProcessors());
		System.out.printf("thresholds: same person >= %s, review >= %s%n", settings.sameThreshold(),
				settings.reviewThreshold());
		System.out.printf("model: share of all pairs that match %.5f%n", result.matchShare());
		result.levelWeights()
			.forEach(w -> System.out.printf(Locale.ROOT, "  %-14s %-22s m=%.4f u=%.6f bits=%+.2f%n", w.comparison(),
					w.level(), w.m(), w.u(), w.bits()));
		System.out.println("blocking rule: proposed pairs, pairs no earlier rule proposed");
		for (BlockingRuleCount rule : result.blockingRules()) {
			System.out.printf("  %-45s %,12d %,12d%n", rule.rule(), rule.proposed(), rule.added());
		}
		System.out.printf("candidate pairs %,d; true pairs %,d; kept by blocking %.5f%n", result.candidatePairs(),
				evaluation.truePairs, evaluation.blockingRecall);
		System.out.printf("same person: %,d true, %,d false; review: %,d (%,d of them true pairs)%n",
				evaluation.truePositives, evaluation.falsePositives, evaluation.review, evaluation.trueReviewed);
		evaluation.byErrorKind.forEach((kind, counts) -> System.out.printf(Locale.ROOT,
				"recall for %-10s %.4f (%d of %d)%n", kind, counts[1] / (double) counts[0], counts[1], counts[0]));
		printKinds("true pairs sent to review, by how their records differ", evaluation.reviewedByKind);
		printKinds("true pairs missed (neither linked nor reviewed), by how their records differ",
				evaluation.missedByKind);
		System.out.printf("both names replaced: %d true pairs, %d linked, %d sent to review%n",
				evaluation.bothNamesReplaced[0], evaluation.bothNamesReplaced[1], evaluation.bothNamesReplaced[2]);
		double perSecond = result.candidatePairs() / result.comparisonSeconds();
		System.out.printf(Locale.ROOT,
				"comparing and scoring: %.3f s wall, %.3f s processor; %.0f comparisons/s, %.0f per processor-second%n",
				result.comparisonSeconds(), result.comparisonCpuSeconds(), perSecond,
				result.candidatePairs() / result.comparisonCpuSeconds());
		System.out.printf(Locale.ROOT, "engine wall time (features, blocking, model, scoring): %.2f s%n", seconds);
		System.out.printf(Locale.ROOT,
				"precision=%.4f recall=%.4f f1=%.4f blocking_recall=%.4f pairs=%d seconds=%.2f comparisons_per_second=%.0f"
						+ " review=%d review_recall=%.4f%n",
				evaluation.precision(), evaluation.recall(), evaluation.f1(), evaluation.blockingRecall,
				result.candidatePairs(), seconds, perSecond, evaluation.review, evaluation.reviewRecall());
	}

	/** The kinds, most pairs first; counts and field names only. */
	private static void printKinds(String title, java.util.Map<String, Long> byKind) {
		System.out.printf("%s: %d%n", title, byKind.values().stream().mapToLong(Long::longValue).sum());
		byKind.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Long>comparingByValue()
				.reversed()
				.thenComparing(java.util.Map.Entry.comparingByKey()))
			.forEach(kind -> System.out.printf("  %5d  %s%n", kind.getValue(), kind.getKey()));
	}

	private static final class Arguments {

		final List<String> files = new ArrayList<>();

		final Set<String> ignoredColumns = new LinkedHashSet<>();

		int threads;

		String generateInto;

		String splitInto;

		int persons = 5000;

		/** In each record of febrl-b.csv; 0 for as many as in FEBRL's dataset3. */
		int modifications;

		boolean households = true;

		long seed = 1;

		static Arguments parse(String[] args) {
			Arguments parsed = new Arguments();
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--link" -> {
						parsed.files.add(args[++i]);
						parsed.files.add(args[++i]);
					}
					case "--dedupe" -> parsed.files.add(args[++i]);
					case "--ignore-column" -> parsed.ignoredColumns.add(args[++i]);
					case "--threads" -> parsed.threads = Integer.parseInt(args[++i]);
					case "--generate" -> parsed.generateInto = args[++i];
					case "--link-sets" -> {
						parsed.files.add(args[++i]);
						parsed.splitInto = args[++i];
					}
					case "--persons" -> parsed.persons = Integer.parseInt(args[++i]);
					case "--seed" -> parsed.seed = Long.parseLong(args[++i]);
					case "--modifications" -> parsed.modifications = Integer.parseInt(args[++i]);
					case "--no-households" -> parsed.households = false;
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			boolean oneMode = (parsed.splitInto != null) ? parsed.files.size() == 1 && parsed.generateInto == null
					: (parsed.generateInto != null) != (parsed.files.size() == 1 || parsed.files.size() == 2);
			if (!oneMode) {
				throw new IllegalArgumentException(
						"usage: --link A.csv B.csv | --dedupe FILE.csv [--ignore-column COLUMN]... [--threads N]"
								+ " | --generate DIR [--persons N] [--seed S] [--modifications M] [--no-households] | --link-sets FEBRL.csv DIR");
			}
			return parsed;
		}

	}

}
