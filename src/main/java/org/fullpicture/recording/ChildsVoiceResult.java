package org.fullpicture.recording;

/**
 * Whether a document shows the child's voice.
 *
 * @param flagged true when the document has neither the child's words nor a record of how
 * they were seen and heard (nor, where that was impossible, why not)
 * @param childsWordsFound the child's words, quoted or reported ("Jay told me ...", "in
 * her words")
 * @param howSeenRecorded how the child was seen and heard: seen alone, play, drawing,
 * observation, and for a baby how they responded to their carer; or why that was not
 * possible
 * @param explanation plain English, for the page; empty when nothing is missing
 * @param suggestion what to add; empty when nothing is missing
 */
public record ChildsVoiceResult(boolean flagged, boolean childsWordsFound, boolean howSeenRecorded, String explanation,
		String suggestion) {
}
