package org.fullpicture.recording;

import java.io.IOException;
import java.io.InputStream;
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
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What the recording checks add to saving a 2,000-word assessment: the plain-language check and
 * the child's-voice check. The assessment is built from the corpus's practice sentences, about a
 * third of which hold a problem phrase. Sample mode, so JMH reports p95. Run with bin/recording-bench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordingCheckBenchmark {

	static final int ASSESSMENT_WORDS = 2_000;

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

	/** Corpus sentences in a fixed random order, in paragraphs of six, until {@code words} is reached. */
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
			Arrays.stream(lines).skip(1).filter(line -> !line.isBlank()).forEach(line -> sentences.add(line.split("\t")[2].trim()));
			return sentences;
		}
	}

	/** JMH command-line options ("-f 2", "-wi 3") override the annotations above. */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
			.include(RecordingCheckBenchmark.class.getSimpleName())
			.build()).run();
	}

}
