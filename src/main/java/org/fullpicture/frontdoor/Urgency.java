package org.fullpicture.frontdoor;

/**
 * How urgent the referrer thinks it is; sets the first RAG rating (high red, medium
 * amber, low green).
 */
public enum Urgency {

	HIGH("High", Rag.RED), MEDIUM("Medium", Rag.AMBER), LOW("Low", Rag.GREEN);

	private final String label;

	private final Rag rag;

	Urgency(String label, Rag rag) {
		this.label = label;
		this.rag = rag;
	}

	public String label() {
		return label;
	}

	public Rag rag() {
		return rag;
	}

}
