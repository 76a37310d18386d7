package org.fullpicture.access;

/** Where a view came from: a page in the browser or a call to the API. */
public enum Channel {

	PAGE, API

}
