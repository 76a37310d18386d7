package org.fullpicture.recording;

import java.util.List;

/**
 * A concrete description in a source record that the summary does not keep.
 *
 * @param start index of the first character of {@code sourceWords} in the source text
 * @param end index just after the last character, so the page can quote the source
 * exactly
 * @param sourceWords the source's words, verbatim
 * @param stockPhrases diluting or vague phrases in the summary that may have taken their
 * place; empty when the summary simply leaves the description out
 * @param message plain-English advice for the person writing the summary
 */
public record DilutionWarning(String entryId, int start, int end, String sourceWords, DescriptionKind kind,
		List<Finding> stockPhrases, String message) {

	public DilutionWarning {
		stockPhrases = List.copyOf(stockPhrases);
	}

}
