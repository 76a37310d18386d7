package org.fullpicture.directory;

/**
 * A service's status as Open Referral UK names it ({@link #openReferral()}); anything but
 * ACTIVE means it has stopped.
 */
public enum ServiceStatus {

	ACTIVE("active", "Active"), INACTIVE("inactive", "Inactive"), DEFUNCT("defunct", "Closed for good"),
	TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed");

	private final String openReferral;

	private final String label;

	ServiceStatus(String openReferral, String label) {
		this.openReferral = openReferral;
		this.label = label;
	}

	public String openReferral() {
		return openReferral;
	}

	public String label() {
		return label;
	}

	public static ServiceStatus fromOpenReferral(String value) {
		for (ServiceStatus status : values()) {
			if (status.openReferral.equalsIgnoreCase(value == null ? "" : value.strip())) {
				return status;
			}
		}
		throw new IllegalArgumentException("Not an Open Referral UK status: " + value);
	}

}
