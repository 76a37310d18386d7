package org.fullpicture.notify.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.agencies.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is told about a child: for each agency involved, its named practitioner or else its
 * safeguarding leads; and the lead professional and team around the family of any open
 * early help episode (notify's copy of early help's events).
 */
@Component
class Recipients {

	private final Involvements involvements;

	private final Practitioners practitioners;

	private final JdbcClient db;

	Recipients(Involvements involvements, Practitioners practitioners, JdbcClient db) {
		this.involvements = involvements;
		this.practitioners = practitioners;
		this.db = db;
	}

	/**
	 * Everyone working with the child except the agency that did the thing
	 * ({@code exceptAgencyId} may be null).
	 */
	Set<UUID> of(UUID personId, UUID exceptAgencyId) {
		Set<UUID> told = new LinkedHashSet<>();
		for (Involvement involvement : involvements.activeOf(personId)) {
			if (involvement.agency().id().equals(exceptAgencyId)) {
				continue;
			}
			if (involvement.practitionerId() != null) {
				told.add(involvement.practitionerId());
			}
			else {
				told.addAll(safeguardingLeads(involvement.agency().id()));
			}
		}
		told.addAll(episodeMembers(List.of(personId)));
		told.remove(Practitioner.SYSTEM_ID);
		return told;
	}

	Set<UUID> episodeMembers(Collection<UUID> personIds) {
		return Set
			.copyOf(db.sql("SELECT DISTINCT practitioner_id FROM notification_episode_member WHERE person_id IN (:ids)")
				.param("ids", personIds)
				.query(UUID.class)
				.list());
	}

	List<UUID> safeguardingLeads(UUID agencyId) {
		return practitioners.withRole(agencyId, Role.SAFEGUARDING_LEAD).stream().map(Practitioner::id).toList();
	}

}
