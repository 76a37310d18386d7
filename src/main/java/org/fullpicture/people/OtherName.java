package org.fullpicture.people;

public record OtherName(Kind kind, String givenName, String familyName) {

	public enum Kind {

		ALIAS("Alias"), KNOWN_AS("Known as"), PREVIOUS("Previous name");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public String fullName() {
		return givenName + " " + familyName;
	}

}
