package org.fullpicture.recording;

import java.util.List;

import org.fullpicture.recording.internal.DilutionEngine;
import org.fullpicture.recording.internal.PlainLanguageEngine;
import org.springframework.stereotype.Service;

/**
 * Compares a summary (minutes, a MASH rationale, an assessment analysis) with the records
 * it summarises, and warns where concrete descriptions of harm or conditions, or
 * someone's own words, have been replaced by a stock phrase or left out.
 */
@Service
public class DilutionCheck {

	private final DilutionEngine engine;

	public DilutionCheck() {
		this.engine = DilutionEngine.fromDataFiles(PlainLanguageEngine.fromDataFiles());
	}

	/** One warning per source description the summary does not keep, in source order. */
	public List<DilutionWarning> compare(String summary, List<SourceText> sources) {
		return engine.compare(summary, sources);
	}

}
