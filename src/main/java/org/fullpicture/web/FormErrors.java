package org.fullpicture.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.fullpicture.shared.FieldProblem;
import org.springframework.validation.BindingResult;

/**
 * The problems with a submitted form, one message per field in page order of discovery,
 * for the error summary (which links to each field's id) and the message beside each
 * field.
 */
public class FormErrors {

	public record Item(String field, String message) {

		/**
		 * The id of the input the summary links to: dots become dashes, a date input's
		 * first box is its day.
		 */
		public String href() {
			return "#" + field.replace('.', '-');
		}

	}

	private final Map<String, String> byField = new LinkedHashMap<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors from(BindingResult result) {
		FormErrors errors = new FormErrors();
		result.getFieldErrors().forEach(e -> errors.add(e.getField(), e.getDefaultMessage()));
		return errors;
	}

	public FormErrors add(String field, String message) {
		byField.putIfAbsent(field, message);
		return this;
	}

	/** Problems the domain found, with its field names translated to the form's. */
	public FormErrors addAll(List<FieldProblem> problems, UnaryOperator<String> toFormField) {
		problems.forEach(p -> add(toFormField.apply(p.field()), p.message()));
		return this;
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
