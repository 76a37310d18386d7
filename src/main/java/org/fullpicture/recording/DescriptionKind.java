package org.fullpicture.recording;

/** What kind of concrete description a summary dropped. */
public enum DescriptionKind {

	INJURY, CONDITION, SMELL, SOUND,

	/** Words in quotation marks: the child's or another person's own words. */
	OWN_WORDS

}
