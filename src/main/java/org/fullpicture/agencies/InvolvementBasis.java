package org.fullpicture.agencies;

/**
 * How an involvement began: only the first three give the agency grounds to read the
 * child's record.
 */
public enum InvolvementBasis {

	WORKFLOW("Started by a workflow"), ALLOCATED("Allocated by the MASH or a manager"),
	DECLARED("Declared by the agency, with a reason, for review"),
	RECORDED("Recorded information about the child (gives no access)");

	private final String label;

	InvolvementBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean givesGrounds() {
		return this != RECORDED;
	}

}
