package org.fullpicture.access;

public enum AuditAction {

	VIEWED_RECORD("Viewed the record"), VIEWED_KNOWN_TO("Viewed who knows the child"),
	VIEWED_CHRONOLOGY("Viewed the chronology"), VIEWED_AUDIT("Viewed the audit trail"),
	BROKE_GLASS("Broke glass"), REVIEWED_BREAK_GLASS("Reviewed a break-glass"),
	MERGED("Merged two records of the same person"), UNMERGED("Undid a merge"),
	DECIDED_NOT_SAME("Decided two records are not the same person"),
	VIEWED_SIGNALS("Viewed the signals");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
