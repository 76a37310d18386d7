package org.fullpicture.shared;

/** The request is well formed but clashes with what is already recorded. */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
