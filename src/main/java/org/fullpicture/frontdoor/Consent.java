package org.fullpicture.frontdoor;

/**
 * Whether the family agreed to the contact; going on without consent needs a recorded
 * basis.
 */
public enum Consent {

	GIVEN("Given"), NOT_SOUGHT("Not sought"), REFUSED("Refused");

	private final String label;

	Consent(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
