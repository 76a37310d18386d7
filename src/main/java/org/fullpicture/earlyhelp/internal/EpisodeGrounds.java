package org.fullpicture.earlyhelp.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.Grounds;
import org.fullpicture.access.GroundsSource;
import org.fullpicture.agencies.Practitioner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Being lead professional of an open episode, or a current member of its team around the
 * family, is a ground for reading its children's records; it ends when the lead changes,
 * the membership ends or the episode closes.
 */
@Component
class EpisodeGrounds implements GroundsSource {

	private final JdbcClient db;

	EpisodeGrounds(JdbcClient db) {
		this.db = db;
	}

	@Override
	public Optional<Grounds> groundsFor(Practitioner viewer, Set<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Optional.empty();
		}
		// one indexed query: lead (L) sorts before team (T)
		return db.sql("""
				SELECT MIN(g) FROM (
				    SELECT 'L' AS g FROM episode_child c JOIN episode e ON e.id = c.episode_id
				    WHERE c.person_id IN (:people) AND e.lead_professional_id = :viewer AND e.status <> 'CLOSED'
				    UNION ALL
				    SELECT 'T' FROM episode_child c JOIN episode_member m ON m.episode_id = c.episode_id
				    WHERE c.person_id IN (:people) AND m.practitioner_id = :viewer AND m.ended_at IS NULL
				) grounds""")
			.param("people", personIds)
			.param("viewer", viewer.id())
			.query(String.class)
			.optional()
			.map(g -> g.equals("L") ? Grounds.LEAD_PROFESSIONAL : Grounds.TEAM_AROUND_THE_FAMILY);
	}

}
