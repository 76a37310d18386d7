package org.fullpicture.linkage;

public enum Sex {

	FEMALE, MALE, UNKNOWN

}
