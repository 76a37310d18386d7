package org.fullpicture.recording.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For managers: plain-language findings by agency and category, month by month, to
 * support practice, not to judge a person.
 */
@PageController
class PlainLanguageReportController {

	static final int MAX_MONTHS = 12;

	/**
	 * One line of the table: an agency and a category, with a count for each month shown.
	 */
	record Line(String agency, String category, List<Long> counts, long total) {
	}

	private record Key(String agency, String category) {
	}

	private final FindingsLog log;

	private final AccessPolicy policy;

	private final Clock clock;

	PlainLanguageReportController(FindingsLog log, AccessPolicy policy, Clock clock) {
		this.log = log;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/reports/plain-language")
	String report(@RequestParam(required = false) String to, Model model) {
		if (!policy.canReadPracticeReports(CurrentPractitioner.get())) {
			throw new AccessDeniedException("The plain-language report is for managers and partnership analysts");
		}
		YearMonth last = YearMonth.now(clock);
		FormErrors errors = FormErrors.none();
		if (to != null && !to.isBlank()) {
			try {
				last = YearMonth.parse(to.strip());
			}
			catch (DateTimeParseException ex) {
				errors.add("to", "Enter the last month like 2026-11");
			}
		}
		YearMonth first = last.minusMonths(5);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		Map<Key, long[]> cells = new LinkedHashMap<>();
		for (FindingsLog.ReportRow row : log.report(first, last)) {
			Key key = new Key(row.agency(), row.category().label());
			cells.computeIfAbsent(key, k -> new long[months.size()])[months.indexOf(row.month())] += row.findings();
		}
		List<Line> lines = cells.entrySet().stream().map(e -> {
			List<Long> counts = java.util.Arrays.stream(e.getValue()).boxed().toList();
			return new Line(e.getKey().agency(), e.getKey().category(), counts,
					counts.stream().mapToLong(Long::longValue).sum());
		}).sorted(java.util.Comparator.comparing(Line::agency).thenComparing(Line::category)).toList();
		model.addAttribute("months", months);
		model.addAttribute("lines", lines);
		model.addAttribute("to", last.toString());
		model.addAttribute("errors", errors);
		return "recording/plain-language-report";
	}

}
