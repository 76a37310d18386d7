package org.fullpicture.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.calendar.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the front door keeps time: decisions within their due time, what is overdue now,
 * and checks outstanding.
 */
@Service("frontDoorTimeliness") // notify has a Timeliness of its own
public class Timeliness {

	public record Month(YearMonth month, long decided, long withinTime) {

		public int percentWithin() {
			return decided == 0 ? 0 : (int) Math.round(100.0 * withinTime / decided);
		}

	}

	public record Outstanding(String agency, long checks, Instant oldestAskedAt) {
	}

	public record Report(long decided, long withinTime, long overdueNow, long openNow, List<Month> months,
			List<Outstanding> outstanding) {

		public int percentWithin() {
			return decided == 0 ? 0 : (int) Math.round(100.0 * withinTime / decided);
		}

	}

	private final JdbcClient db;

	private final Clock clock;

	private final Agencies agencies;

	Timeliness(JdbcClient db, Clock clock, Agencies agencies) {
		this.agencies = agencies;
		this.db = db;
		this.clock = clock;
	}

	/** The last twelve months, this one included, counted in UK months. */
	public Report lastTwelveMonths() {
		Instant now = clock.instant();
		YearMonth thisMonth = YearMonth.from(now.atZone(UkTime.ZONE));
		YearMonth first = thisMonth.minusMonths(11);
		Instant since = first.atDay(1).atStartOfDay(UkTime.ZONE).toInstant();
		Map<YearMonth, long[]> counts = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
			counts.put(m, new long[2]);
		}
		db.sql("SELECT decided_at, met_due FROM contact_decision WHERE returned_at IS NULL AND decided_at >= ?")
			.param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, row) -> {
				YearMonth m = YearMonth.from(ContactRows.instant(rs, "decided_at").atZone(UkTime.ZONE));
				long[] c = counts.get(m);
				if (c != null) {
					c[0]++;
					c[1] += rs.getBoolean("met_due") ? 1 : 0;
				}
				return null;
			})
			.list();
		List<Month> months = new ArrayList<>();
		counts.forEach((m, c) -> months.add(new Month(m, c[0], c[1])));
		long decided = months.stream().mapToLong(Month::decided).sum();
		long within = months.stream().mapToLong(Month::withinTime).sum();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		long overdue = db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE AND decision_due < ?")
			.param(at)
			.query(Long.class)
			.single();
		long open = db.sql("SELECT COUNT(*) FROM contact WHERE in_queue = TRUE").query(Long.class).single();
		record Waiting(UUID agencyId, long checks, Instant oldest) {
		}
		List<Waiting> waiting = db.sql("""
				SELECT agency_id, COUNT(*) AS checks, MIN(asked_at) AS oldest FROM contact_check
				WHERE closed_at IS NULL GROUP BY agency_id""")
			.query((rs, row) -> new Waiting(rs.getObject("agency_id", UUID.class), rs.getLong("checks"),
					ContactRows.instant(rs, "oldest")))
			.list();
		Map<UUID, String> names = agencies.namesOf(waiting.stream().map(Waiting::agencyId).toList());
		List<Outstanding> outstanding = waiting.stream()
			.map(w -> new Outstanding(names.get(w.agencyId()), w.checks(), w.oldest()))
			.sorted(Comparator.comparingLong(Outstanding::checks).reversed().thenComparing(Outstanding::agency))
			.toList();
		return new Report(decided, within, overdue, open, months, outstanding);
	}

}
