package org.fullpicture.people;

/** What one person is to another; held once and shown from both sides. */
public enum RelationshipType {

	PARENT("Parent", "Child"), STEP_PARENT("Step-parent", "Step-child"),
	PARENTS_PARTNER("Parent's partner", "Partner's child"), SIBLING("Sibling", "Sibling"),
	GRANDPARENT("Grandparent", "Grandchild"), OTHER_RELATIVE("Other relative", "Other relative"),
	CARER("Carer", "Cared for"), OTHER_SIGNIFICANT_ADULT("Other significant adult", "Child they are significant to");

	private final String label;

	private final String inverseLabel;

	RelationshipType(String label, String inverseLabel) {
		this.label = label;
		this.inverseLabel = inverseLabel;
	}

	/** What the "from" person is to the "to" person. */
	public String label() {
		return label;
	}

	/** What the "to" person is to the "from" person. */
	public String inverseLabel() {
		return inverseLabel;
	}

}
