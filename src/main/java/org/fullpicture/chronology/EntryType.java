package org.fullpicture.chronology;

public enum EntryType {

	CONCERN("Concern"), INCIDENT("Incident"), DOMESTIC_ABUSE_INCIDENT("Domestic abuse incident"),
	MISSING("Missing from home or care"), RETURNED_AFTER_MISSING("Returned after missing"), SELF_HARM("Self-harm"),
	INJURY_OR_EMERGENCY_ATTENDANCE("Injury or emergency attendance"),
	HEALTH_APPOINTMENT_NOT_BROUGHT("Health appointment: not brought"), ARREST("Arrest"),
	SCHOOL_EXCLUSION("School exclusion"), ATTENDANCE_CONCERN("Attendance concern"), HOME_VISIT("Home visit"),
	MEETING("Meeting"), ASSESSMENT("Assessment"), PLAN("Plan"), HOUSE_MOVE("House move"),
	HOUSEHOLD_CHANGE("Household change"), BIRTH("Birth"), SERVICE_STARTED("Service started"),
	SERVICE_ENDED("Service ended"), CONTACT("Contact to the front door"), DECISION("Front door decision"),
	CHECK_REQUESTED("Front door check asked"), CHECK_ANSWERED("Front door check answered"),
	CHALLENGE("Professional challenge"), EARLY_HELP_STARTED("Early help started"),
	LEAD_PROFESSIONAL_SET("Lead professional set"), EARLY_HELP_REVIEW("Early help review"),
	EARLY_HELP_CLOSED("Early help closed"), HARMFUL_SEXUAL_BEHAVIOUR("Harmful sexual behaviour"),
	STRATEGY_DISCUSSION("Strategy discussion"), SAFEGUARDING_RESPONSE("Safeguarding response"),
	RETURN_HOME_INTERVIEW("Return home interview"), MISSED_IMMUNISATION("Immunisation missed"),
	DENTAL_DECAY("Dental decay"), DEVELOPMENTAL_DELAY("Developmental delay"), HUNGER("Hungry or not fed"),
	POOR_HYGIENE("Poor hygiene or clothing"), WEIGHT_LOSS("Weight loss or faltering growth"),
	SUBSTANCE_MISUSE("Substance misuse by the child"), UNEXPLAINED_MONEY_OR_GOODS("Unexplained money or goods"),
	OLDER_ASSOCIATES("Older associates"), FINANCIAL_HARDSHIP("Poverty or financial hardship"),
	PARENTAL_OFFENDING("Parent or carer offending"),
	PARENTAL_CHILDHOOD_ADVERSITY("Parent's own adverse childhood experiences"),
	SOCIAL_ISOLATION("Family isolated, with no one to turn to"), OTHER("Other");

	private final String label;

	EntryType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
