package org.fullpicture.frontdoor;

/** Where a contact is on its way through the front door. */
public enum ContactStatus {

	/**
	 * From the public page: the MASH has still to find or record the children it is
	 * about.
	 */
	AWAITING_CHILDREN("Children to be identified"), OPEN("Awaiting decision"),
	AWAITING_SIGN_OFF("Decision awaiting manager sign-off"), DECIDED("Decided");

	private final String label;

	ContactStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != DECIDED;
	}

}
