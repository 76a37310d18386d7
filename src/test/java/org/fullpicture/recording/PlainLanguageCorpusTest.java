package org.fullpicture.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Sentence-level precision and recall on a corpus of synthetic practice sentences. The
 * "holdout" sentences were written and committed before the matching rules, and never
 * tuned on.
 */
class PlainLanguageCorpusTest {

	private final PlainLanguageCheck check = new PlainLanguageCheck();

	@Test
	void catalogueFindsProblemWordingWithoutFlaggingOrdinaryPracticeWriting() throws IOException {
		List<Scored> scored = corpus().stream().map(this::score).toList();

		Score overall = Score.of(scored, s -> true);
		Score holdout = Score.of(scored, s -> s.sentence().set().equals("holdout"));
		Score dev = Score.of(scored, s -> s.sentence().set().equals("dev"));
		System.out.println("Recording corpus, sentence level (a flag with the wrong category counts as wrong):");
		System.out.println("  overall " + overall);
		System.out.println("  dev     " + dev);
		System.out.println("  holdout " + holdout);
		scored.stream()
			.filter(s -> !s.correct())
			.forEach(s -> System.out.println("  wrong [" + s.sentence().set() + "] expected " + s.sentence().expected()
					+ " got " + s.predicted() + ": " + s.sentence().text()));

		assertThat(scored).hasSizeGreaterThanOrEqualTo(300);
		assertThat(overall.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(overall.recall()).isGreaterThanOrEqualTo(0.90);
	}

	private Scored score(Sentence sentence) {
		Set<Category> predicted = EnumSet.noneOf(Category.class);
		check.check(sentence.text(), TextContext.ENTRY).forEach(finding -> predicted.add(finding.category()));
		return new Scored(sentence, predicted);
	}

	private static List<Sentence> corpus() throws IOException {
		try (InputStream in = PlainLanguageCorpusTest.class.getResourceAsStream("/recording/corpus.tsv")) {
			List<Sentence> sentences = new ArrayList<>();
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
				if (!line.isBlank()) {
					String[] cells = line.split("\t");
					sentences.add(new Sentence(cells[0], expected(cells[1]), cells[2]));
				}
			}
			return sentences;
		}
	}

	private static Set<Category> expected(String cell) {
		return cell.equals("NONE") ? EnumSet.noneOf(Category.class)
				: Arrays.stream(cell.split("\\+"))
					.map(Category::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
	}

	private record Sentence(String set, Set<Category> expected, String text) {
	}

	private record Scored(Sentence sentence, Set<Category> predicted) {

		boolean correct() {
			return predicted.equals(sentence.expected());
		}

	}

	private record Score(int sentences, int truePositives, int falsePositives, int falseNegatives) {

		static Score of(List<Scored> scored, Predicate<Scored> which) {
			List<Scored> chosen = scored.stream().filter(which).toList();
			int tp = (int) chosen.stream().filter(s -> !s.sentence().expected().isEmpty() && s.correct()).count();
			int fp = (int) chosen.stream().filter(s -> !s.predicted().isEmpty() && !s.correct()).count();
			int fn = (int) chosen.stream().filter(s -> !s.sentence().expected().isEmpty() && !s.correct()).count();
			return new Score(chosen.size(), tp, fp, fn);
		}

		double precision() {
			return truePositives + falsePositives == 0 ? 1.0
					: (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 1.0
					: (double) truePositives / (truePositives + falseNegatives);
		}

		@Override
		public String toString() {
			return String.format(
					"sentences %d, precision %.3f, recall %.3f (true positives %d, false positives %d, false negatives %d)",
					sentences, precision(), recall(), truePositives, falsePositives, falseNegatives);
		}

	}

}
