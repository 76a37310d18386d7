package org.fullpicture.shared;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Which characters text may hold: what a database cannot store (NUL; half of a surrogate
 * pair) and what only hides text (control characters) is refused, saying which field; the
 * rest is kept in one Unicode form (NFC), so the same name typed on two keyboards is
 * stored the same way.
 */
public final class Characters {

	private Characters() {
	}

	/**
	 * The problem with {@code value}'s characters, if any: a NUL or other control
	 * character, or a lone surrogate.
	 */
	public static Optional<FieldProblem> problem(String field, String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\0') {
				return Optional
					.of(new FieldProblem(field, "This text contains a NUL character, which cannot be stored"));
			}
			if (isControl(c)) {
				return Optional.of(new FieldProblem(field, "This text contains a control character (U+"
						+ String.format("%04X", (int) c) + "); only tabs and line breaks are allowed"));
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return Optional.of(new FieldProblem(field,
						"This text contains half of a character (an unpaired surrogate), which cannot be stored"));
			}
		}
		return Optional.empty();
	}

	/** {@code value} in Unicode's composed form (NFC); null stays null. */
	public static String normalised(String value) {
		return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	/**
	 * Whether {@code value} has nothing a reader can see: only spaces, zero-width and
	 * direction marks (such as a right-to-left override) or control characters.
	 */
	public static boolean isInvisible(String value) {
		return value.codePoints()
			.allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) || switch (Character.getType(cp)) {
				case Character.FORMAT, Character.CONTROL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
				default -> false;
			});
	}

	/**
	 * C0 and C1 control characters and DEL, except tab, line feed and carriage return.
	 */
	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

}
