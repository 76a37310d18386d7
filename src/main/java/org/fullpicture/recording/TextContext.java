package org.fullpicture.recording;

/**
 * Where a piece of text is written; configuration decides per context which findings
 * block saving.
 */
public enum TextContext {

	ENTRY, CONTACT, DECISION, ASSESSMENT, PLAN, MEETING_NOTES, CLOSURE_REASON, SUMMARY

}
