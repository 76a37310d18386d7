package org.fullpicture.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.ChronologyEntryRecorded;
import org.fullpicture.chronology.EntryType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Timeliness for the safeguarding partnership: each entry's sharing delay (occurred to
 * recorded) and each notification's path (created, delivered, acknowledged), by agency,
 * entry type and month, and the worst delays.
 */
@Service("sharingTimeliness") // the front door has a Timeliness of its own
class Timeliness {

	public record EntryTiming(UUID entryId, UUID agencyId, EntryType type, Instant occurredAt, Instant recordedAt) {

		public Duration delay() {
			Duration d = Duration.between(occurredAt, recordedAt);
			return d.isNegative() ? Duration.ZERO : d;
		}

	}

	record NotificationTiming(UUID agencyId, String kind, Instant createdAt, Instant deliveredAt,
			Instant acknowledgedAt) {
	}

	/**
	 * One row of a table: a group's count and average delays, and the share of the
	 * largest for the chart.
	 */
	public record Row(String label, int count, Duration averageDelay, Duration worstDelay, int overADay,
			Duration averageToAcknowledge, int unacknowledged, int percentOfLargest) {

		public String average() {
			return words(averageDelay);
		}

		public String worst() {
			return words(worstDelay);
		}

		public String toAcknowledge() {
			return words(averageToAcknowledge);
		}

	}

	/** "under an hour", "5 hours", "19 days": how long, as people say it. */
	static String words(Duration length) {
		if (length.toHours() < 1) {
			return "under an hour";
		}
		if (length.toDays() < 1) {
			return length.toHours() == 1 ? "1 hour" : length.toHours() + " hours";
		}
		return length.toDays() == 1 ? "1 day" : length.toDays() + " days";
	}

	private final JdbcClient db;

	Timeliness(JdbcClient db) {
		this.db = db;
	}

	void record(ChronologyEntryRecorded recorded) {
		db.sql("""
				INSERT INTO notification_entry_timing (entry_id, agency_id, type, occurred_at, recorded_at)
				SELECT :id, :agency, :type, :occurred, :recorded
				WHERE NOT EXISTS (SELECT 1 FROM notification_entry_timing WHERE entry_id = :id)""")
			.param("id", recorded.entryId())
			.param("agency", recorded.agencyId())
			.param("type", recorded.type().name())
			.param("occurred", Notifications.utc(recorded.occurredAt()))
			.param("recorded", Notifications.utc(recorded.recordedAt()))
			.update();
	}

	List<EntryTiming> entriesSince(Instant since) {
		return db.sql("SELECT * FROM notification_entry_timing WHERE recorded_at >= ? ORDER BY recorded_at")
			.param(Notifications.utc(since))
			.query((rs, row) -> new EntryTiming(rs.getObject("entry_id", UUID.class),
					rs.getObject("agency_id", UUID.class), EntryType.valueOf(rs.getString("type")),
					Notifications.instant(rs, "occurred_at"), Notifications.instant(rs, "recorded_at")))
			.list();
	}

	List<NotificationTiming> notificationsSince(Instant since) {
		return db.sql("""
				SELECT n.recipient_agency_id AS agency_id, n.kind, n.created_at, n.delivered_at, n.acknowledged_at
				FROM notification n WHERE n.created_at >= ?""")
			.param(Notifications.utc(since))
			.query((rs, row) -> new NotificationTiming(rs.getObject("agency_id", UUID.class), rs.getString("kind"),
					Notifications.instant(rs, "created_at"), Notifications.instant(rs, "delivered_at"),
					Notifications.instant(rs, "acknowledged_at")))
			.list();
	}

	static List<Row> entriesBy(List<EntryTiming> entries, Function<EntryTiming, String> group) {
		Map<String, List<EntryTiming>> groups = new TreeMap<>();
		entries.forEach(e -> groups.computeIfAbsent(group.apply(e), k -> new ArrayList<>()).add(e));
		List<Row> rows = new ArrayList<>();
		long largest = groups.values()
			.stream()
			.mapToLong(g -> average(g.stream().map(EntryTiming::delay).toList()).toMinutes())
			.max()
			.orElse(0);
		groups.forEach((label, g) -> {
			List<Duration> delays = g.stream().map(EntryTiming::delay).toList();
			Duration average = average(delays);
			rows.add(new Row(label, g.size(), average,
					delays.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO),
					(int) delays.stream().filter(d -> d.compareTo(Duration.ofDays(1)) > 0).count(), null, 0,
					largest == 0 ? 0 : (int) (100 * average.toMinutes() / largest)));
		});
		return rows;
	}

	static List<Row> notificationsBy(List<NotificationTiming> notifications,
			Function<NotificationTiming, String> group) {
		Map<String, List<NotificationTiming>> groups = new TreeMap<>();
		notifications.forEach(n -> groups.computeIfAbsent(group.apply(n), k -> new ArrayList<>()).add(n));
		List<Row> rows = new ArrayList<>();
		groups.forEach((label, g) -> {
			List<Duration> toDeliver = g.stream()
				.filter(n -> n.deliveredAt() != null)
				.map(n -> Duration.between(n.createdAt(), n.deliveredAt()))
				.toList();
			List<Duration> toAcknowledge = g.stream()
				.filter(n -> n.acknowledgedAt() != null && n.deliveredAt() != null)
				.map(n -> Duration.between(n.deliveredAt(), n.acknowledgedAt()))
				.toList();
			int unacknowledged = (int) g.stream().filter(n -> n.acknowledgedAt() == null).count();
			rows.add(new Row(label, g.size(), average(toDeliver),
					toDeliver.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO), 0, average(toAcknowledge),
					unacknowledged, g.isEmpty() ? 0 : 100 * (g.size() - unacknowledged) / g.size()));
		});
		return rows;
	}

	static String month(Instant at) {
		return YearMonth.from(at.atZone(UkTime.ZONE)).toString();
	}

	private static Duration average(List<Duration> durations) {
		return durations.isEmpty() ? Duration.ZERO
				: Duration.ofSeconds(durations.stream().mapToLong(Duration::toSeconds).sum() / durations.size());
	}

}
