package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fullpicture.agencies.Practitioners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Urgent notifications nobody acknowledged by their due time (4 working hours by default;
 * the next school day for Operation Encompass) go to the safeguarding leads of the
 * receiving practitioner's agency.
 */
@Component
public class Escalation {

	private final JdbcClient db;

	private final Clock clock;

	private final Notifications notifications;

	private final Recipients recipients;

	private final Practitioners practitioners;

	Escalation(JdbcClient db, Clock clock, Notifications notifications, Recipients recipients,
			Practitioners practitioners) {
		this.db = db;
		this.clock = clock;
		this.notifications = notifications;
		this.recipients = recipients;
		this.practitioners = practitioners;
	}

	@Scheduled(fixedDelayString = "${fullpicture.notify.escalation-every:PT5M}")
	@SchedulerLock(name = "notify-escalation")
	@Transactional
	public void escalateOverdue() {
		Instant now = clock.instant();
		List<Notification> overdue = db.sql(Notifications.SELECT + " " + """
				WHERE urgent AND acknowledged_at IS NULL AND escalated_at IS NULL AND delivered_at IS NOT NULL
				AND due_by < :now AND kind <> 'ESCALATION' ORDER BY due_by LIMIT 500""")
			.param("now", Notifications.utc(now))
			.query(Notifications::notification)
			.list();
		for (Notification late : overdue) {
			Set<java.util.UUID> leads = new HashSet<>();
			practitioners.find(late.recipientId())
				.ifPresent(recipient -> leads.addAll(recipients.safeguardingLeads(recipient.agencyId())));
			leads.remove(late.recipientId());
			notifications.tell(leads,
					new NewNotification(Notifications.ESCALATION, late.id().toString(), late.personId(), late.entryId(),
							"Not acknowledged in time: " + late.summary(), late.link(), true, null, true));
			db.sql("UPDATE notification SET escalated_at = ? WHERE id = ?")
				.params(Notifications.utc(now), late.id())
				.update();
		}
	}

}
