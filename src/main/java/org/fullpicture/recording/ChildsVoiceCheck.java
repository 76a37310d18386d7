package org.fullpicture.recording;

import org.fullpicture.recording.internal.ChildsVoiceEngine;
import org.springframework.stereotype.Service;

/**
 * Checks that an assessment, plan or review carries the child's voice: their words, or a
 * record of how they were seen and heard, or, for a baby or a child who cannot speak,
 * what was observed or why that was not possible.
 */
@Service
public class ChildsVoiceCheck {

	private final ChildsVoiceEngine engine;

	public ChildsVoiceCheck() {
		this.engine = ChildsVoiceEngine.fromDataFiles();
	}

	public ChildsVoiceResult check(String text, ChildVoiceContext context) {
		return engine.check(text, context);
	}

}
