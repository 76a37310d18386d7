package org.fullpicture.shared;

public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " was not found");
	}

}
