package org.fullpicture.recording;

/**
 * What the child's-voice check needs to know about the document and the child.
 *
 * @param ageInMonths the child's age, or null when unknown or not yet born
 */
public record ChildVoiceContext(DocumentKind kind, Integer ageInMonths) {

	/**
	 * Below this age a child's voice is mostly heard through observation rather than
	 * words.
	 */
	public static final int TALKING_AGE_MONTHS = 24;

	public enum DocumentKind {

		ASSESSMENT, PLAN, REVIEW

	}

	/**
	 * A baby or toddler, whose voice is heard mainly through how they respond to the
	 * people around them.
	 */
	public boolean isUnderTalkingAge() {
		return ageInMonths != null && ageInMonths < TALKING_AGE_MONTHS;
	}

}
