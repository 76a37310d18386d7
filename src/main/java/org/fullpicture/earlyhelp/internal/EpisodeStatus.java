package org.fullpicture.earlyhelp.internal;

/**
 * An episode is open until closed; a closure for a guarded reason waits for a manager,
 * the episode still open.
 */
enum EpisodeStatus {

	OPEN("Open"), CLOSURE_AWAITING_APPROVAL("Closure awaiting approval"), CLOSED("Closed");

	private final String label;

	EpisodeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	boolean isOpen() {
		return this != CLOSED;
	}

}
