package org.fullpicture.notify.internal;

import java.util.UUID;

import org.fullpicture.earlyhelp.EpisodeClosed;
import org.fullpicture.earlyhelp.LeadProfessionalChanged;
import org.fullpicture.earlyhelp.TeamMembershipChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps notify's copy of who leads and who sits around each open episode, from early
 * help's events.
 */
@Component
class EpisodeMembers {

	private final JdbcClient db;

	EpisodeMembers(JdbcClient db) {
		this.db = db;
	}

	@ApplicationModuleListener
	void on(LeadProfessionalChanged changed) {
		db.sql("DELETE FROM notification_episode_member WHERE episode_id = ? AND lead")
			.param(changed.episodeId())
			.update();
		if (changed.toPractitionerId() != null) {
			changed.childIds().forEach(child -> add(changed.episodeId(), child, changed.toPractitionerId(), true));
		}
	}

	@ApplicationModuleListener
	void on(TeamMembershipChanged changed) {
		db.sql("DELETE FROM notification_episode_member WHERE episode_id = ? AND practitioner_id = ? AND NOT lead")
			.params(changed.episodeId(), changed.practitionerId())
			.update();
		if (changed.member()) {
			changed.childIds().forEach(child -> add(changed.episodeId(), child, changed.practitionerId(), false));
		}
	}

	@ApplicationModuleListener
	void on(EpisodeClosed closed) {
		db.sql("DELETE FROM notification_episode_member WHERE episode_id = ?").param(closed.episodeId()).update();
	}

	private void add(UUID episodeId, UUID personId, UUID practitionerId, boolean lead) {
		db.sql("""
				INSERT INTO notification_episode_member (episode_id, person_id, practitioner_id, lead)
				SELECT :episode, :person, :practitioner, :lead WHERE NOT EXISTS (
				    SELECT 1 FROM notification_episode_member
				    WHERE episode_id = :episode AND person_id = :person AND practitioner_id = :practitioner AND lead = :lead)""")
			.param("episode", episodeId)
			.param("person", personId)
			.param("practitioner", practitionerId)
			.param("lead", lead)
			.update();
	}

}
