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
	CONTACT("Contact to the front door"),
	DECISION("Front door decision"),
	CHECK_REQUESTED("Front door check asked"),
	CHECK_ANSWERED("Front door check answered"),
	CHALLENGE("Professional challenge"),
	EARLY_HELP_STARTED("Early help started"),
	LEAD_PROFESSIONAL_SET("Lead professional set"),
	EARLY_HELP_REVIEW("Early help review"),
	EARLY_HELP_CLOSED("Early help closed"),
	OTHER("Other");

	private final String label;

	EntryType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
