package org.fullpicture.agencies;

public enum Role {

	PRACTITIONER("Practitioner"), SAFEGUARDING_LEAD("Designated safeguarding lead"), MASH("MASH"), MANAGER("Manager"),
	PARTNERSHIP_ANALYST("Partnership analyst"), DATA_QUALITY("Data quality"), ADMINISTRATOR("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
