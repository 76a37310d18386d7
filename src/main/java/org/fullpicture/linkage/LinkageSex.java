package org.fullpicture.linkage;

public enum LinkageSex {

	FEMALE, MALE, UNKNOWN

}
