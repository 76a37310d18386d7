package org.fullpicture.people;

public enum Sex {

	FEMALE("Female"), MALE("Male"), NOT_KNOWN("Not known"), NOT_SPECIFIED("Not specified");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
