package org.fullpicture.recording;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks text as it is saved and keeps counts of what was found, by month, agency and
 * category, so that managers can see where practice needs support. The text itself is
 * never kept here.
 */
@Service
public class FindingsLog {

	/** One cell of the managers' report. */
	public record ReportRow(YearMonth month, UUID agencyId, String agency, Category category, long findings) {
	}

	private final PlainLanguageCheck check;

	private final Agencies agencies;

	private final JdbcClient db;

	private final Clock clock;

	FindingsLog(PlainLanguageCheck check, Agencies agencies, JdbcClient db, Clock clock) {
		this.check = check;
		this.agencies = agencies;
		this.db = db;
		this.clock = clock;
	}

	/**
	 * Refuses text with a blocking finding, naming the field, and counts nothing: for
	 * words counted once, when they are saved as the chronology entry they become (a
	 * contact's account, a decision's rationale).
	 */
	public void refuseBlocked(String text, TextContext context, String field) {
		refuseIfBlocking(check.check(text, context), field);
	}

	/**
	 * Checks text that is about to be saved. Findings that configuration makes blocking
	 * in this context stop the save (nothing is changed); the rest advise, and are
	 * counted.
	 */
	@Transactional
	public List<Finding> checkOnSave(String text, TextContext context, UUID agencyId, String field) {
		List<Finding> findings = check.check(text, context);
		refuseIfBlocking(findings, field);
		OffsetDateTime now = OffsetDateTime.now(clock);
		String month = YearMonth.from(now.atZoneSameInstant(UkTime.ZONE)).toString();
		findings.stream()
			.collect(Collectors.groupingBy(Finding::category, Collectors.counting()))
			.forEach((category, n) -> db
				.sql("""
						INSERT INTO recording_finding_count (id, checked_at, report_month, agency_id, context, category, findings)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), now, month, agencyId, context.name(), category.name(), n.intValue())
				.update());
		return findings;
	}

	private static void refuseIfBlocking(List<Finding> findings, String field) {
		if (PlainLanguageCheck.anyBlocking(findings)) {
			List<org.fullpicture.shared.FieldProblem> problems = new ArrayList<>();
			for (Finding f : findings) {
				if (f.blocking()) {
					problems.add(new org.fullpicture.shared.FieldProblem(field, "'" + f.matchedText()
							+ "' cannot be used here: " + f.explanation() + " " + f.suggestion()));
				}
			}
			throw new InvalidInput(problems);
		}
	}

	/** Findings by month, agency and category, from one month to another inclusive. */
	public List<ReportRow> report(YearMonth from, YearMonth to) {
		Map<UUID, String> names = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
		return db.sql("""
				SELECT report_month, agency_id, category, SUM(findings) AS findings FROM recording_finding_count
				WHERE report_month >= ? AND report_month <= ? GROUP BY report_month, agency_id, category""")
			.params(from.toString(), to.toString())
			.query((rs, row) -> {
				UUID agency = rs.getObject("agency_id", UUID.class);
				return new ReportRow(YearMonth.parse(rs.getString("report_month").strip()), agency,
						names.getOrDefault(agency, "Unknown agency"), Category.valueOf(rs.getString("category")),
						rs.getLong("findings"));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(ReportRow::month)
				.thenComparing(ReportRow::agency)
				.thenComparing(ReportRow::category))
			.toList();
	}

}
