package org.fullpicture.frontdoor;

/**
 * Who raised the concern. Everyone but a practitioner may come through the public page.
 */
public enum ReferrerKind {

	PRACTITIONER("A practitioner"), PARENT_OR_CARER("A parent or carer"), RELATIVE("A relative"),
	NEIGHBOUR("A neighbour"), MEMBER_OF_PUBLIC("A member of the public"), CHILD("The child"),
	ANONYMOUS("Someone who did not give their name");

	private final String label;

	ReferrerKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
