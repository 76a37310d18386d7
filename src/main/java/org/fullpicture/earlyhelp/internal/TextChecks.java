package org.fullpicture.earlyhelp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The recording checks on each field of a form at once, so every blocked field is named
 * in one answer.
 */
@Component
class TextChecks {

	private final FindingsLog findingsLog;

	TextChecks(FindingsLog findingsLog) {
		this.findingsLog = findingsLog;
	}

	/**
	 * The advice by field; refuses the whole input if any field uses words blocked in
	 * this context.
	 */
	Map<String, List<Finding>> check(Map<String, String> fields, TextContext context, Practitioner by) {
		Map<String, List<Finding>> advice = new LinkedHashMap<>();
		List<FieldProblem> blocked = new ArrayList<>();
		fields.forEach((field, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			try {
				List<Finding> findings = findingsLog.checkOnSave(text, context, by.agencyId(), field);
				if (!findings.isEmpty()) {
					advice.put(field, findings);
				}
			}
			catch (InvalidInput refused) {
				blocked.addAll(refused.problems());
			}
		});
		if (!blocked.isEmpty()) {
			throw new InvalidInput(blocked);
		}
		return advice;
	}

}
