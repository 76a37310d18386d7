package org.fullpicture.recording;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.fullpicture.recording.ChildVoiceContext.DocumentKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What the recording checks add to saving a 2,000-word assessment: the plain-language
 * check and the child's-voice check. The assessment is built from the corpus's practice
 * sentences, more than half of which hold a problem phrase (more than a real assessment
 * would). Sample mode, so JMH reports p95. Run with bin/recording-bench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordingCheckBenchmark {

	static final int ASSESSMENT_WORDS = 2_000;

	private static final int CPU_TIME_WARMUP = 5_000;

	private static final int CPU_TIME_SAMPLES = 5_000;

	private final PlainLanguageCheck plainLanguage = new PlainLanguageCheck();

	private final ChildsVoiceCheck childsVoice = new ChildsVoiceCheck();

	private final ChildVoiceContext context = new ChildVoiceContext(DocumentKind.ASSESSMENT, 9 * 12);

	private String assessment;

	@Setup
	public void writeAssessment() throws IOException {
		assessment = assessmentOf(ASSESSMENT_WORDS);
	}

	@Benchmark
	public Object checkOnSave() {
		return List.of(plainLanguage.check(assessment, TextContext.ASSESSMENT), childsVoice.check(assessment, context));
	}

	/**
	 * Corpus sentences in a fixed random order, in paragraphs of six, until {@code words}
	 * is reached.
	 */
	static String assessmentOf(int words) throws IOException {
		List<String> sentences = corpusSentences();
		Collections.shuffle(sentences, new Random(42));
		StringBuilder text = new StringBuilder();
		int count = 0;
		for (int i = 0; count < words; i++) {
			String sentence = sentences.get(i % sentences.size());
			text.append(sentence).append(i % 6 == 5 ? "\n\n" : " ");
			count += sentence.split("\\s+").length;
		}
		return text.toString();
	}

	private static List<String> corpusSentences() throws IOException {
		try (InputStream in = RecordingCheckBenchmark.class.getResourceAsStream("/recording/corpus.tsv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			List<String> sentences = new ArrayList<>();
			Arrays.stream(lines)
				.skip(1)
				.filter(line -> !line.isBlank())
				.forEach(line -> sentences.add(line.split("\t")[2].trim()));
			return sentences;
		}
	}

	/**
	 * JMH command-line options ("-f 2", "-wi 3") override the annotations above. With
	 * {@code --cpu-time} it instead prints percentiles of the thread CPU time per save,
	 * which leave out time the thread waited for a core: on a shared machine, the check's
	 * own cost.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--cpu-time")) {
			printCpuTimePercentiles();
			return;
		}
		new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(RecordingCheckBenchmark.class.getSimpleName())
			.build()).run();
	}

	private static void printCpuTimePercentiles() throws IOException {
		RecordingCheckBenchmark benchmark = new RecordingCheckBenchmark();
		benchmark.writeAssessment();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < CPU_TIME_WARMUP; i++) {
			benchmark.checkOnSave();
		}
		long[] nanos = new long[CPU_TIME_SAMPLES];
		for (int i = 0; i < nanos.length; i++) {
			long before = threads.getCurrentThreadCpuTime();
			benchmark.checkOnSave();
			nanos[i] = threads.getCurrentThreadCpuTime() - before;
		}
		Arrays.sort(nanos);
		System.out.printf(
				"CPU time per save of a %,d-word assessment, %,d samples after %,d warm-up: "
						+ "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n",
				ASSESSMENT_WORDS, CPU_TIME_SAMPLES, CPU_TIME_WARMUP, percentile(nanos, 0.50), percentile(nanos, 0.95),
				percentile(nanos, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1_000_000.0;
	}

}
