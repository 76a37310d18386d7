package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.calendar.Deadline;
import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.chronology.ChronologyEntryRecorded;
import org.fullpicture.people.EducationPlacement;
import org.fullpicture.people.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operation Encompass: a police domestic abuse incident about a child goes to the
 * safeguarding leads of the child's current setting (schools, colleges, and the early
 * years settings the national scheme leaves out), due before the next school day starts.
 */
@Component
class Encompass {

	private final People people;

	private final Recipients recipients;

	private final Notifications notifications;

	private final WorkingCalendar calendar;

	private final NotifySettings settings;

	private final JdbcClient db;

	private final Clock clock;

	Encompass(People people, Recipients recipients, Notifications notifications, WorkingCalendar calendar,
			NotifySettings settings, JdbcClient db, Clock clock) {
		this.people = people;
		this.recipients = recipients;
		this.notifications = notifications;
		this.calendar = calendar;
		this.settings = settings;
		this.db = db;
		this.clock = clock;
	}

	@Transactional
	/**
	 * Tells the current setting's safeguarding leads; returns who they are, so they are
	 * not told the same thing twice.
	 */
	Set<UUID> tellSetting(ChronologyEntryRecorded incident, UUID child) {
		List<EducationPlacement> current = people.education(child)
			.stream()
			.filter(EducationPlacement::isCurrent)
			.toList();
		if (current.isEmpty()) {
			return Set.of();
		}
		UUID setting = current.get(0).agencyId();
		Deadline deadline = calendar.nextSchoolDayFrom(incident.occurredAt(), settings.holidaysOf(setting));
		List<UUID> dsls = recipients.safeguardingLeads(setting);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		int inserted = db
			.sql("""
					INSERT INTO notification_encompass (id, entry_id, person_id, setting_agency_id, police_agency_id,
					    occurred_at, delivered_at, due_by)
					SELECT :id, :entry, :person, :setting, :police, :occurred, :delivered, :due
					WHERE NOT EXISTS (SELECT 1 FROM notification_encompass WHERE entry_id = :entry AND person_id = :person)""")
			.param("id", id)
			.param("entry", incident.entryId())
			.param("person", child)
			.param("setting", setting)
			.param("police", incident.agencyId())
			.param("occurred", Notifications.utc(incident.occurredAt()))
			.param("delivered", dsls.isEmpty() ? null : Notifications.utc(now))
			.param("due", Notifications.utc(deadline.due()))
			.update();
		if (inserted == 0) {
			return Set.copyOf(dsls);
		}
		notifications.tell(Set.copyOf(dsls),
				new NewNotification(Notifications.OPERATION_ENCOMPASS, id.toString(), child, incident.entryId(),
						"Operation Encompass: police attended a domestic abuse incident", "/operation-encompass/" + id,
						true, deadline.due(), true));
		return Set.copyOf(dsls);
	}

}
