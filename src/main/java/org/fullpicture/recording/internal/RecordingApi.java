package org.fullpicture.recording.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.FindingsLog;
import org.fullpicture.recording.PlainLanguageCheck;
import org.fullpicture.recording.TextContext;
import org.fullpicture.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecordingApi {

	static final int MAX_TEXT = 100_000;

	record CheckRequest(String text, TextContext context) {
	}

	record CheckResponse(TextContext context, List<Finding> findings) {
	}

	record Report(YearMonth from, YearMonth to, List<FindingsLog.ReportRow> rows) {
	}

	private final PlainLanguageCheck check;

	private final FindingsLog log;

	private final Clock clock;

	private final AccessPolicy policy;

	RecordingApi(PlainLanguageCheck check, FindingsLog log, Clock clock, AccessPolicy policy) {
		this.policy = policy;
		this.check = check;
		this.log = log;
		this.clock = clock;
	}

	/** A check while writing: advice only, nothing stored or counted. */
	@PostMapping("/api/v1/recording/check")
	CheckResponse check(@RequestBody CheckRequest request) {
		if (request.text() == null) {
			throw new InvalidInput("text", "Send the text to check");
		}
		if (request.text().length() > MAX_TEXT) {
			throw new InvalidInput("text", "The text must be 100,000 characters or fewer");
		}
		TextContext context = request.context() == null ? TextContext.ENTRY : request.context();
		return new CheckResponse(context, check.check(request.text(), context));
	}

	@GetMapping("/api/v1/recording/report")
	Report report(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
		if (!policy.canReadPracticeReports(CurrentPractitioner.get())) {
			throw new AccessDeniedException("The plain-language report is for managers and partnership analysts");
		}
		YearMonth last = to == null ? YearMonth.now(clock) : to;
		YearMonth first = from == null ? last.minusMonths(11) : from;
		if (first.isAfter(last)) {
			throw new InvalidInput("from", "The first month must be the same as or before the last month");
		}
		return new Report(first, last, log.report(first, last));
	}

}
