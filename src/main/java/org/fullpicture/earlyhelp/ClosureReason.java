package org.fullpicture.earlyhelp;

/**
 * Why an early help episode ended. Some need a manager's approval before the episode
 * closes.
 */
public enum ClosureReason {

	OUTCOMES_MET("Outcomes met", false), STEPPED_UP("Stepped up to children's social care", false),
	MOVED_AWAY("Moved away", false), CONSENT_DECLINED("Family declined early help", true),
	CONSENT_WITHDRAWN("Family withdrew consent", true), NOT_ENGAGING("Not engaging", true), OTHER("Other", false);

	private final String label;

	private final boolean needsApproval;

	ClosureReason(String label, boolean needsApproval) {
		this.label = label;
		this.needsApproval = needsApproval;
	}

	public String label() {
		return label;
	}

	/**
	 * Closing because the family said no or did not take part hides risk most often: a
	 * manager must agree.
	 */
	public boolean needsApproval() {
		return needsApproval;
	}

}
