package org.fullpicture.access;

public enum AuditAction {

	VIEWED_RECORD("Viewed the record"), VIEWED_KNOWN_TO("Viewed who knows the child"),
	VIEWED_CHRONOLOGY("Viewed the chronology"), VIEWED_AUDIT("Viewed the audit trail"), BROKE_GLASS("Broke glass"),
	REVIEWED_BREAK_GLASS("Reviewed a break-glass"), MERGED("Merged two records of the same person"),
	UNMERGED("Undid a merge"), DECIDED_NOT_SAME("Decided two records are not the same person"),
	DECLARED_INVOLVEMENT("Declared their agency's involvement"),
	ALLOCATED_INVOLVEMENT("Allocated an agency's involvement"),
	STARTED_INVOLVEMENT("Started an involvement through a workflow"), ENDED_INVOLVEMENT("Ended an involvement"),
	REVIEWED_DECLARATION("Reviewed a declared involvement"), RECORDED_ADDRESS("Recorded a new address"),
	RECORDED_EDUCATION("Recorded a change of education setting"), RECORDED_RELATIONSHIP("Recorded a relationship"),
	LISTED_IN_SEARCH("Listed in search results"), LISTED_IN_RECENT_ACTIVITY("Listed in recent activity"),
	VIEWED_MATCH_REVIEW("Viewed a possible match"), QUOTED_IN_ADVICE("Entries drawn on for advice on a summary"),
	LISTED_FOR_REVIEW("Listed for review of a break-glass"),
	VIEWED_OWN_ENTRIES("Viewed their own agency's entries about the child"), VIEWED_SIGNALS("Viewed the signals"),
	LISTED_IN_WORK_LIST("Listed in a work list (notifications, episodes, signals, missing episodes, notices)");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
