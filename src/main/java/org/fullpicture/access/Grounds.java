package org.fullpicture.access;

/**
 * Why a practitioner may see a child's full record, or NONE for the "known to" view only.
 */
public enum Grounds {

	INVOLVEMENT("Their agency works with the child"), ROLE("Their role covers every child"),
	CONTACT_CHECK("The MASH asked their agency what it knows"),
	TEAM_AROUND_THE_FAMILY("Member of the team around the family"), LEAD_PROFESSIONAL("Lead professional"),
	BREAK_GLASS("Broke glass with a reason"), NONE("Known-to view only");

	private final String label;

	Grounds(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isFull() {
		return this != NONE;
	}

}
