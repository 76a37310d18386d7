package org.fullpicture.notify.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: everything that waited for it is delivered together, in the app and
 * to webhooks.
 */
@Component
public class Digest {

	private final JdbcClient db;

	private final Clock clock;

	private final WebhookOutbox outbox;

	Digest(JdbcClient db, Clock clock, WebhookOutbox outbox) {
		this.db = db;
		this.clock = clock;
		this.outbox = outbox;
	}

	@Scheduled(cron = "${fullpicture.notify.digest-cron:0 0 16 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "notify-digest")
	@Transactional
	public void deliver() {
		List<UUID> waiting = db.sql("SELECT id FROM notification WHERE delivered_at IS NULL").query(UUID.class).list();
		if (waiting.isEmpty()) {
			return;
		}
		db.sql("UPDATE notification SET delivered_at = :now WHERE id IN (:ids)")
			.param("now", Notifications.utc(clock.instant()))
			.param("ids", waiting)
			.update();
		outbox.enqueue(waiting);
	}

}
