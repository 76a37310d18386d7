package org.fullpicture.shared;

import java.util.List;

/** Input that breaks one or more rules; nothing has been changed. */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.size() + " problem(s) with the input");
		this.problems = List.copyOf(problems);
	}

	public InvalidInput(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
