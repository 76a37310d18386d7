package org.fullpicture.recording.internal;

import java.util.List;
import java.util.Set;

import org.fullpicture.recording.Category;

/**
 * One catalogue item.
 *
 * @param unlessBefore words that, straight before a match, make it ordinary ("where
 * appropriate")
 * @param unlessAfter words that, straight after a match, make it ordinary ("fine motor
 * skills")
 * @param explainedBy words that, soon after a match, start the concrete description it
 * needs ("appropriately dressed <i>in</i> a coat and boots"), on top of the general
 * markers
 */
record Phrase(String id, Category category, List<PhrasePattern> patterns, Set<String> unlessBefore,
		Set<String> unlessAfter, Set<String> explainedBy, String why, String instead) {
}
