package org.fullpicture.chronology;

public enum EntryType {

	CONCERN("Concern"), INCIDENT("Incident"), DOMESTIC_ABUSE_INCIDENT("Domestic abuse incident"),
	MISSING("Missing from home or care"), RETURNED_AFTER_MISSING("Returned after missing"), SELF_HARM("Self-harm"),
	INJURY_OR_EMERGENCY_ATTENDANCE("Injury or emergency attendance"),
	HEALTH_APPOINTMENT_NOT_BROUGHT("Health appointment: not brought"), ARREST("Arrest"),
	SCHOOL_EXCLUSION("School exclusion"), ATTENDANCE_CONCERN("Attendance concern"), HOME_VISIT("Home visit"),
	MEETING("Meeting"), ASSESSMENT("Assessment"), PLAN("Plan"), HOUSE_MOVE("House move"),
	HOUSEHOLD_CHANGE("Household change"), BIRTH("Birth"), SERVICE_STARTED("Service started"),
	SERVICE_ENDED("Service ended"),
	HARMFUL_SEXUAL_BEHAVIOUR("Harmful sexual behaviour"),
	OTHER("Other");

	private final String label;

	EntryType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
