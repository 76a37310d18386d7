package org.fullpicture.recording;

import java.util.List;
import java.util.Objects;

import org.fullpicture.recording.internal.PlainLanguageEngine;
import org.springframework.stereotype.Service;

/**
 * Finds stock phrases, labels and unexplained abbreviations in what a practitioner
 * writes, and says why each matters and what to write instead. It never changes the text
 * and never logs it.
 */
@Service
public class PlainLanguageCheck {

	private final PlainLanguageEngine engine;

	public PlainLanguageCheck() {
		this.engine = PlainLanguageEngine.fromDataFiles();
	}

	/**
	 * Findings in text order; a finding is {@code blocking} only where the context's
	 * configuration says so.
	 */
	public List<Finding> check(String text, TextContext context) {
		return engine.check(text, Objects.requireNonNull(context, "context"));
	}

	/** True when at least one finding should stop the text being saved in its context. */
	public static boolean anyBlocking(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::blocking);
	}

}
