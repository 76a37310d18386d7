package org.fullpicture.signals;

public enum Severity {

	LOW("Low"), MEDIUM("Medium"), HIGH("High");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
