package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises each episode left without a lead professional for too many working days to the
 * early help managers, once.
 */
@Component
class UnallocatedEpisodes {

	private final JdbcClient db;

	private final Clock clock;

	private final EpisodeRules rules;

	private final Episodes episodes;

	private final EarlyHelpManagers managers;

	private final TeamNotices notices;

	UnallocatedEpisodes(JdbcClient db, Clock clock, EpisodeRules rules, Episodes episodes, EarlyHelpManagers managers,
			TeamNotices notices) {
		this.db = db;
		this.clock = clock;
		this.rules = rules;
		this.episodes = episodes;
		this.managers = managers;
		this.notices = notices;
	}

	/** Every 15 minutes in office hours is soon enough for a clock counted in days. */
	@Scheduled(cron = "${fullpicture.early-help.raise-cron:0 */15 7-19 * * MON-FRI}", zone = "Europe/London")
	@SchedulerLock(name = "early-help-raise-unallocated")
	@Transactional
	public int raiseUnallocated() {
		Instant now = clock.instant();
		// the longest waiting first; the calendar decides which have waited long enough
		List<Episode> waiting = db.sql("""
				SELECT * FROM episode WHERE status <> 'CLOSED' AND lead_professional_id IS NULL
				AND raised_to_managers_at IS NULL ORDER BY opened_at LIMIT 500""").query(Episode::read).list();
		List<java.util.UUID> to = managers.ids();
		int raised = 0;
		for (Episode waited : waiting) {
			if (!rules.isDueToBeRaised(waited.openedAt(), now)) {
				continue;
			}
			Episode episode = episodes.get(waited.id());
			db.sql("UPDATE episode SET raised_to_managers_at = ? WHERE id = ?")
				.params(Episodes.utc(now), episode.id())
				.update();
			notices.tell(to, episode, "EPISODE_UNALLOCATED", "An early help episode has had no lead professional for "
					+ rules.unallocatedWorkingDays(episode.openedAt(), false, now) + " working days", true);
			raised++;
		}
		return raised;
	}

}
