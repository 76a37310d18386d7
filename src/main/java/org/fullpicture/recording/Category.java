package org.fullpicture.recording;

/** The kinds of wording the plain-language check looks for. */
public enum Category {

	/**
	 * A stock phrase that hides what was seen, heard or smelled ("poor home conditions").
	 */
	DILUTING("Diluting what was seen"),

	/** A label that blames the family for the work not happening ("hard to engage"). */
	LABELLING_FAMILY("Labelling the family"),

	/**
	 * Words that make a child responsible for harm done to them ("putting himself at
	 * risk").
	 */
	BLAMING_CHILD("Blaming the child"),

	/** A judgement with nothing behind it ("no concerns", "appropriate"). */
	VAGUE("Vague"),

	/**
	 * An abbreviation or term the family and other agencies may not know, on first use.
	 */
	JARGON("Unexplained jargon");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	/** The kind of wording, as a page names it. */
	public String label() {
		return label;
	}

}
