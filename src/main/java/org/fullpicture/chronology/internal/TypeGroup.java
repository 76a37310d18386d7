package org.fullpicture.chronology.internal;

import org.fullpicture.chronology.EntryType;

/**
 * Kinds of entry that a practitioner reads together, each with its colour on tags and the
 * timeline.
 */
enum TypeGroup {

	CONCERN("Concerns and incidents", "red"), MISSING("Missing episodes", "purple"),
	WORK("Visits, meetings and plans", "blue"), LIFE("Changes in the child's life", "green"), OTHER("Other", "grey");

	private final String label;

	private final String colour;

	TypeGroup(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String getLabel() {
		return label;
	}

	public String getColour() {
		return colour;
	}

	static TypeGroup of(EntryType type) {
		return switch (type) {
			case CONCERN, INCIDENT, DOMESTIC_ABUSE_INCIDENT, SELF_HARM, INJURY_OR_EMERGENCY_ATTENDANCE,
					HEALTH_APPOINTMENT_NOT_BROUGHT, ARREST, SCHOOL_EXCLUSION, ATTENDANCE_CONCERN, CONTACT ->
				CONCERN;
			case MISSING, RETURNED_AFTER_MISSING -> MISSING;
			case HOME_VISIT, MEETING, ASSESSMENT, PLAN, SERVICE_STARTED, SERVICE_ENDED, DECISION, CHECK_REQUESTED,
					CHECK_ANSWERED, CHALLENGE ->
				WORK;
			case EARLY_HELP_STARTED, LEAD_PROFESSIONAL_SET, EARLY_HELP_REVIEW, EARLY_HELP_CLOSED -> WORK;
			case HOUSE_MOVE, HOUSEHOLD_CHANGE, BIRTH -> LIFE;
			case HARMFUL_SEXUAL_BEHAVIOUR, MISSED_IMMUNISATION, DENTAL_DECAY, DEVELOPMENTAL_DELAY, HUNGER, POOR_HYGIENE,
					WEIGHT_LOSS, SUBSTANCE_MISUSE, UNEXPLAINED_MONEY_OR_GOODS, OLDER_ASSOCIATES ->
				CONCERN;
			case RETURN_HOME_INTERVIEW -> MISSING;
			case STRATEGY_DISCUSSION, SAFEGUARDING_RESPONSE -> WORK;
			case FINANCIAL_HARDSHIP, PARENTAL_OFFENDING, PARENTAL_CHILDHOOD_ADVERSITY, SOCIAL_ISOLATION -> LIFE;
			case OTHER -> OTHER;
		};
	}

}
