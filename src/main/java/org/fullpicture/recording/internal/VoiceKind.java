package org.fullpicture.recording.internal;

/**
 * The kinds of evidence of the child's voice listed in
 * {@code recording/childs-voice.tsv}.
 */
enum VoiceKind {

	OWN_WORDS, SEEN_AND_HEARD, BABY_OBSERVATION, REASON_NOT_HEARD

}
