package org.fullpicture.web;

import org.fullpicture.shared.FieldProblem;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What went wrong reading a JSON value, as a field problem: the field named by its path
 * (as in {@code entries[2].childIds[0]}) and the kind of value expected. For ApiErrors,
 * and for an API that reads the items of a list one by one so that one unreadable item is
 * refused alone.
 */
public final class JsonProblems {

	private JsonProblems() {
	}

	public static FieldProblem of(DatabindException databind) {
		String field = databind.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
		if (databind instanceof TextInputModule.UnstorableText) {
			return new FieldProblem(field, databind.getOriginalMessage());
		}
		Class<?> expected = databind instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		return new FieldProblem(field,
				expected == null || describe(expected).startsWith("a valid")
						? "This value is not of the expected kind (dates are like 2026-03-07, times like "
								+ "2026-03-07T09:30:00Z, and choices must be one of the listed values)"
						: "This value is not " + describe(expected));
	}

	static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return switch (type.getSimpleName()) {
			case "UUID" -> "an id";
			case "LocalDate" -> "a date like 2026-03-07";
			case "Instant" -> "a time like 2026-03-07T09:30:00Z";
			case "Integer", "int" -> "a whole number";
			default -> "a valid " + type.getSimpleName();
		};
	}

}
