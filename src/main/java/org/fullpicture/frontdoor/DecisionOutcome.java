package org.fullpicture.frontdoor;

/** What the MASH decided to do about a contact. */
public enum DecisionOutcome {

	NO_FURTHER_ACTION("No further action"), EARLY_HELP("Early help"),
	CHILD_IN_NEED_ASSESSMENT("Child in need assessment (section 17)"),
	STRATEGY_DISCUSSION("Strategy discussion (section 47)");

	private final String label;

	DecisionOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
