package org.fullpicture.earlyhelp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullpicture.shared.FieldProblem;

/**
 * A form's problems in the shape the shared error-summary and field fragments read: one message per field, and a
 * link to each field's id. Domain field names are prefixed with the form's name so forms on one page never clash.
 */
public class FormProblems {

	public record Item(String field, String message) {

		public String href() {
			return "#" + field.replace('.', '-');
		}

	}

	private final Map<String, String> byField = new LinkedHashMap<>();

	static FormProblems none() {
		return new FormProblems();
	}

	static FormProblems of(String form, List<FieldProblem> problems) {
		FormProblems errors = new FormProblems();
		// a problem with one item of a list ("outcomes[1]") belongs to the field holding the list
		problems.forEach(p -> errors.byField.putIfAbsent(form + "-" + p.field().replaceAll("\\[.*$", ""), p.message()));
		return errors;
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	public List<Item> getItems() {
		List<Item> items = new ArrayList<>();
		byField.forEach((f, m) -> items.add(new Item(f, m)));
		return items;
	}

}
