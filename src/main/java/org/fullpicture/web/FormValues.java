package org.fullpicture.web;

import java.util.UUID;

/**
 * Reading the forms' typed values, which are kept as strings so that a page can be
 * refilled exactly.
 */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * The constant with exactly this name, or null for anything else (blank, misspelt,
	 * tampered with).
	 */
	public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * Whether the text is 36 hex digits and hyphens, as a UUID is: a rough check before
	 * parsing, not a full one.
	 */
	public static boolean looksLikeUuid(String text) {
		return text.matches("[0-9a-fA-F-]{36}");
	}

	/** The UUID, or null when the text does not look like one. */
	public static UUID uuidOrNull(String text) {
		return looksLikeUuid(text) ? UUID.fromString(text) : null;
	}

}
