package org.fullpicture.recording.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullpicture.recording.Category;
import org.fullpicture.recording.DilutionWarning;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.SourceText;
import org.fullpicture.recording.TextContext;

/** The comparison behind {@link org.fullpicture.recording.DilutionCheck}. */
public final class DilutionEngine {

	private static final int MIN_PREFIX = 4;

	private final DescriptionFinder descriptions;

	private final PlainLanguageEngine plainLanguage;

	DilutionEngine(DescriptionFinder descriptions, PlainLanguageEngine plainLanguage) {
		this.descriptions = descriptions;
		this.plainLanguage = plainLanguage;
	}

	public static DilutionEngine fromDataFiles(PlainLanguageEngine plainLanguage) {
		return new DilutionEngine(DescriptionFinder.load(), plainLanguage);
	}

	public List<DilutionWarning> compare(String summary, List<SourceText> sources) {
		AnalysedText analysedSummary = AnalysedText.of(summary);
		Set<String> summaryStems = DescriptionFinder.stems(analysedSummary.tokens(), 0, analysedSummary.tokens().size(),
				0);
		List<Finding> stockPhrases = plainLanguage.check(summary, TextContext.SUMMARY)
			.stream()
			.filter(finding -> finding.category() == Category.DILUTING || finding.category() == Category.VAGUE)
			.toList();
		List<DilutionWarning> warnings = new ArrayList<>();
		Set<String> warnedWords = new HashSet<>();
		for (SourceText source : sources) {
			AnalysedText text = AnalysedText.of(source.text());
			for (Description description : descriptions.find(text)) {
				String words = text.text().substring(description.start(), description.end());
				if (!kept(description, summaryStems) && warnedWords.add(words)) {
					warnings.add(new DilutionWarning(source.entryId(), description.start(), description.end(), words,
							description.kind(), stockPhrases, message(words, stockPhrases)));
				}
			}
		}
		return warnings;
	}

	// kept when the summary uses at least half of the description's telling words, in any
	// inflection
	private static boolean kept(Description description, Set<String> summaryStems) {
		long mentioned = description.keyStems()
			.stream()
			.filter(stem -> summaryStems.stream().anyMatch(used -> sameWord(stem, used)))
			.count();
		return mentioned * 2 >= description.keyStems().size() && !description.keyStems().isEmpty();
	}

	// "smell" and "smelly" are the same word; "no" and "noise" are not
	private static boolean sameWord(String stem, String used) {
		boolean longEnough = Math.min(stem.length(), used.length()) >= MIN_PREFIX;
		return stem.equals(used) || (longEnough && (used.startsWith(stem) || stem.startsWith(used)));
	}

	private static String message(String words, List<Finding> stockPhrases) {
		if (stockPhrases.isEmpty()) {
			return "The summary leaves out what the record says: \u201C" + words + "\u201D. Consider quoting it.";
		}
		return "The summary says \u201C" + stockPhrases.get(0).matchedText() + "\u201D, but the record says: \u201C"
				+ words + "\u201D. Consider quoting the record's words.";
	}

}
