package org.fullpicture.chronology;

/**
 * Who the information came from. Concerns from relatives, neighbours and the public are
 * recorded as accurately as a professional's.
 */
public enum Source {

	PROFESSIONAL("A professional"), CHILD("The child"), PARENT_OR_CARER("A parent or carer"), RELATIVE("A relative"),
	NEIGHBOUR("A neighbour"), MEMBER_OF_PUBLIC("A member of the public"), ANONYMOUS("Anonymous");

	private final String label;

	Source(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
