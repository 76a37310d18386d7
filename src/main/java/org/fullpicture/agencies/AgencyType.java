package org.fullpicture.agencies;

public enum AgencyType {

	SCHOOL("School", true), COLLEGE("College", true), EARLY_YEARS("Early years setting", true), POLICE("Police", false),
	HEALTH_VISITING("Health visiting", false), MIDWIFERY("Midwifery", false), GP("GP practice", false),
	EMERGENCY_DEPARTMENT("Emergency department", false), CAMHS("Child and adolescent mental health", false),
	SEXUAL_HEALTH("Sexual health", false), HOUSING("Housing", false), YOUTH_JUSTICE("Youth justice", false),
	DRUG_AND_ALCOHOL("Drug and alcohol service", false), VOLUNTARY("Voluntary organisation", false),
	CONTACT_CENTRE("Contact centre", false), EARLY_HELP("Early help", false),
	CHILDRENS_SOCIAL_CARE("Children's social care", false),
	/**
	 * FullPicture itself, the agency of the system recorder: never listed, never involved
	 * with a child.
	 */
	SYSTEM("FullPicture", false);

	private final String label;

	private final boolean educationSetting;

	AgencyType(String label, boolean educationSetting) {
		this.label = label;
		this.educationSetting = educationSetting;
	}

	public String label() {
		return label;
	}

	/** A school, college or early years setting: somewhere a child can be on roll. */
	public boolean isEducationSetting() {
		return educationSetting;
	}

	/**
	 * The local authority's own children's services, whose managers see every child's
	 * record.
	 */
	public boolean isChildrensServices() {
		return this == EARLY_HELP || this == CHILDRENS_SOCIAL_CARE;
	}

}
