package org.fullpicture.notify.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.fullpicture.calendar.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Operation Encompass notices as police and settings see them: on time or late,
 * acknowledged or not.
 */
@Service
class EncompassNotices {

	public record Notice(UUID id, UUID entryId, UUID personId, UUID settingId, String settingName, UUID policeAgencyId,
			Instant occurredAt, Instant dueBy, Instant deliveredAt, Instant acknowledgedAt) {

		/** Told the setting before the next school day started. */
		@JsonProperty
		public boolean onTime() {
			return deliveredAt != null && !deliveredAt.isAfter(dueBy);
		}

		@JsonProperty
		public boolean acknowledged() {
			return acknowledgedAt != null;
		}

	}

	public record Month(YearMonth month, int notices, int onTime) {

		@JsonProperty
		public int onTimePercent() {
			return notices == 0 ? 100 : Math.round(100f * onTime / notices);
		}

	}

	private final JdbcClient db;

	EncompassNotices(JdbcClient db) {
		this.db = db;
	}

	/** The notices an agency sent (police) or received (a setting), newest first. */
	List<Notice> of(UUID agencyId, int limit) {
		return db.sql("""
				SELECT e.*, a.name AS setting_name FROM notification_encompass e
				JOIN agency a ON a.id = e.setting_agency_id
				WHERE e.police_agency_id = :agency OR e.setting_agency_id = :agency
				ORDER BY e.occurred_at DESC, e.id LIMIT :limit""")
			.param("agency", agencyId)
			.param("limit", limit)
			.query((rs, row) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					rs.getObject("person_id", UUID.class), rs.getObject("setting_agency_id", UUID.class),
					rs.getString("setting_name"), rs.getObject("police_agency_id", UUID.class),
					Notifications.instant(rs, "occurred_at"), Notifications.instant(rs, "due_by"),
					Notifications.instant(rs, "delivered_at"), Notifications.instant(rs, "acknowledged_at")))
			.list();
	}

	/** On-time percentage month by month (UK months), oldest first. */
	List<Month> monthly(UUID agencyId, int limit) {
		Map<YearMonth, int[]> months = new TreeMap<>();
		for (Notice notice : of(agencyId, limit)) {
			int[] counts = months.computeIfAbsent(YearMonth.from(notice.occurredAt().atZone(UkTime.ZONE)),
					m -> new int[2]);
			counts[0]++;
			counts[1] += notice.onTime() ? 1 : 0;
		}
		List<Month> result = new ArrayList<>();
		months.forEach((month, counts) -> result.add(new Month(month, counts[0], counts[1])));
		return result;
	}

}
