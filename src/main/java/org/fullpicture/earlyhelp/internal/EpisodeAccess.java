package org.fullpicture.earlyhelp.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on an episode: whoever may read every one of its children's
 * records (their agency is involved, their role covers it, they are in the team around
 * the family or the lead professional). Writing about the children never gives grounds;
 * only the access module decides.
 */
@Component
class EpisodeAccess {

	private final AccessPolicy policy;

	private final RecordAccess access;

	private final People people;

	private final Agencies agencies;

	EpisodeAccess(AccessPolicy policy, RecordAccess access, People people, Agencies agencies) {
		this.agencies = agencies;
		this.people = people;
		this.policy = policy;
		this.access = access;
	}

	/**
	 * Opens each child's record (audited, with the grounds); refused when any child's
	 * record is closed to the viewer.
	 */
	void open(Episode episode, Practitioner viewer, Channel channel) {
		requireWorkOn(episode, viewer);
		episode.childIds().forEach(child -> access.openInFull(child, AuditAction.VIEWED_RECORD, channel));
	}

	boolean mayWorkOn(Episode episode, Practitioner viewer) {
		return episode.childIds().stream().allMatch(child -> policy.groundsFor(viewer, child).isFull());
	}

	void requireWorkOn(Episode episode, Practitioner viewer) {
		if (!mayWorkOn(episode, viewer)) {
			throw new AccessDeniedException(
					"Only practitioners working with these children may see or change this episode");
		}
	}

	/**
	 * Starting early help needs grounds to read each child's record already: starting it
	 * gives none. Children not recorded are left to the input checks, which name the
	 * field.
	 */
	void requireMayStartFor(List<UUID> childIds, Practitioner viewer) {
		List<UUID> given = childIds == null ? List.of() : childIds.stream().filter(Objects::nonNull).toList();
		if (!people.findAll(given).stream().allMatch(child -> policy.groundsFor(viewer, child.id()).isFull())) {
			throw new AccessDeniedException("Start early help for children whose records you may read");
		}
	}

	/** The children of a list of episodes are each a look at a child, audited. */
	void listed(List<Episode> episodes, Channel channel) {
		access.listed(episodes.stream().flatMap(e -> e.childIds().stream()).toList(), AuditAction.LISTED_IN_WORK_LIST,
				channel);
	}

	/** Only children's social care steps a family down, as its own involvement closes. */
	void requireSocialCare(Practitioner viewer) {
		if (!isSocialCare(viewer)) {
			throw new AccessDeniedException("Only children's social care steps a family down to early help");
		}
	}

	boolean isSocialCare(Practitioner viewer) {
		return agencies.get(viewer.agencyId()).type() == AgencyType.CHILDRENS_SOCIAL_CARE;
	}

	boolean isManager(Practitioner viewer) {
		return policy.canManageEarlyHelp(viewer);
	}

	void requireManager(Practitioner viewer) {
		if (!isManager(viewer)) {
			throw new AccessDeniedException("Only an early help manager may do this");
		}
	}

}
