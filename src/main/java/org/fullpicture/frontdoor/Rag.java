package org.fullpicture.frontdoor;

/**
 * The MASH's rating of a contact; each rating has its own time to decide (configuration,
 * on the shared calendar).
 */
public enum Rag {

	RED("Red", "red"), AMBER("Amber", "orange"), GREEN("Green", "green");

	private final String label;

	private final String tagColour;

	Rag(String label, String tagColour) {
		this.label = label;
		this.tagColour = tagColour;
	}

	public String label() {
		return label;
	}

	/** The GOV.UK tag colour that shows it. */
	public String tagColour() {
		return tagColour;
	}

}
