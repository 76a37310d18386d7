package org.fullpicture.notify.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.fullpicture.agencies.Agencies;
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

	private final Agencies agencies;

	EncompassNotices(JdbcClient db, Agencies agencies) {
		this.db = db;
		this.agencies = agencies;
	}

	/** The notices an agency sent (police) or received (a setting), newest first. */
	List<Notice> of(UUID agencyId, int limit) {
		List<Notice> unnamed = db.sql("""
				SELECT * FROM notification_encompass WHERE police_agency_id = :agency OR setting_agency_id = :agency
				ORDER BY occurred_at DESC, id LIMIT :limit""")
			.param("agency", agencyId)
			.param("limit", limit)
			.query((rs, row) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					rs.getObject("person_id", UUID.class), rs.getObject("setting_agency_id", UUID.class), null,
					rs.getObject("police_agency_id", UUID.class), Notifications.instant(rs, "occurred_at"),
					Notifications.instant(rs, "due_by"), Notifications.instant(rs, "delivered_at"),
					Notifications.instant(rs, "acknowledged_at")))
			.list();
		// the settings named through the agencies module, all of them at once
		Map<UUID, String> settings = agencies
			.namesOf(unnamed.stream().map(Notice::settingId).collect(Collectors.toSet()));
		return unnamed.stream()
			.map(n -> new Notice(n.id(), n.entryId(), n.personId(), n.settingId(), settings.get(n.settingId()),
					n.policeAgencyId(), n.occurredAt(), n.dueBy(), n.deliveredAt(), n.acknowledgedAt()))
			.toList();
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
