package org.fullpicture.web.internal;

/** Reading the forms' typed values, which are kept as strings so that a page can be refilled exactly. */
final class FormValues {

	private FormValues() {
	}

	/** The constant with exactly this name, or null for anything else (blank, misspelt, tampered with). */
	static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		return null;
	}

}
