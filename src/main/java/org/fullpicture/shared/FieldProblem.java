package org.fullpicture.shared;

/** One rule that one field of the input broke, in words a practitioner understands. */
public record FieldProblem(String field, String message) {
}
