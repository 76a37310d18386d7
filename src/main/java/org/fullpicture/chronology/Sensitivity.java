package org.fullpicture.chronology;

/** RESTRICTED entries are seen only by the agency that recorded them and by the MASH. */
public enum Sensitivity {

	NORMAL("Normal"), RESTRICTED("Restricted");

	private final String label;

	Sensitivity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
