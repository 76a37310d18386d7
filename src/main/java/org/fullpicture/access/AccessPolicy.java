package org.fullpicture.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.linkage.Identities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Need to know: the one place that decides who may see what of a child's record. */
@Service
public class AccessPolicy {

	private final Involvements involvements;

	private final Agencies agencies;

	private final JdbcClient db;

	private final Clock clock;

	private final Identities identities;

	// looked up on use: a module's source may itself depend on access
	private final ObjectProvider<GroundsSource> moduleGrounds;

	AccessPolicy(Involvements involvements, Agencies agencies, JdbcClient db, Clock clock, Identities identities,
			ObjectProvider<GroundsSource> moduleGrounds) {
		this.moduleGrounds = moduleGrounds;
		this.identities = identities;
		this.involvements = involvements;
		this.agencies = agencies;
		this.db = db;
		this.clock = clock;
	}

	public Grounds groundsFor(Practitioner viewer, UUID personId) {
		if (viewer.has(Role.MASH) || (viewer.has(Role.MANAGER) && inChildrensServices(viewer))) {
			return Grounds.ROLE;
		}
		// a merged person's records count together: an involvement with any of them is an
		// involvement
		Set<UUID> sameAs = identities.sameAs(personId);
		if (involvements.isActiveForAny(sameAs, viewer.agencyId())) {
			return Grounds.INVOLVEMENT;
		}
		Optional<Grounds> given = moduleGrounds.orderedStream()
			.flatMap(source -> source.groundsFor(viewer, sameAs).stream())
			.findFirst();
		if (given.isPresent()) {
			return given.get();
		}
		if (hasOpenBreakGlass(viewer, sameAs)) {
			return Grounds.BREAK_GLASS;
		}
		return Grounds.NONE;
	}

	/** Restricted entries are for the agency that recorded them and for the MASH. */
	public boolean canSeeRestricted(Practitioner viewer, UUID recordingAgencyId) {
		return canSeeRestrictedOfEveryAgency(viewer) || viewer.agencyId().equals(recordingAgencyId);
	}

	public boolean canSeeRestrictedOfEveryAgency(Practitioner viewer) {
		return viewer.has(Role.MASH);
	}

	/**
	 * Safeguarding leads see the audit of the children they may see; administrators of
	 * every child.
	 */
	public boolean canSeeAuditOf(Practitioner viewer, UUID personId) {
		return viewer.has(Role.ADMINISTRATOR)
				|| (viewer.has(Role.SAFEGUARDING_LEAD) && groundsFor(viewer, personId).isFull());
	}

	/**
	 * Whether two records are the same person is decided by the MASH and data-quality
	 * staff only.
	 */
	public boolean canDecideMatches(Practitioner viewer) {
		return viewer.has(Role.MASH) || viewer.has(Role.DATA_QUALITY);
	}

	/**
	 * Reports on practice across agencies are for managers, partnership analysts and
	 * administrators.
	 */
	public boolean canReadPracticeReports(Practitioner viewer) {
		return viewer.has(Role.MANAGER) || viewer.has(Role.PARTNERSHIP_ANALYST) || viewer.has(Role.ADMINISTRATOR);
	}

	/**
	 * Bulk files are loaded by data-quality staff, the MASH, administrators and an
	 * agency's safeguarding lead.
	 */
	public boolean canRunBulkLinkage(Practitioner viewer) {
		return viewer.has(Role.DATA_QUALITY) || viewer.has(Role.MASH) || viewer.has(Role.ADMINISTRATOR)
				|| viewer.has(Role.SAFEGUARDING_LEAD);
	}

	/**
	 * A bulk job's progress and row errors are for whoever started it, and for
	 * data-quality staff and administrators.
	 */
	public boolean canFollowLinkageJob(Practitioner viewer, UUID startedBy) {
		return canRunBulkLinkage(viewer)
				&& (viewer.id().equals(startedBy) || viewer.has(Role.ADMINISTRATOR) || viewer.has(Role.DATA_QUALITY));
	}

	public boolean canReviewBreakGlass(Practitioner viewer) {
		return viewer.has(Role.ADMINISTRATOR) || viewer.has(Role.SAFEGUARDING_LEAD);
	}

	/**
	 * An administrator reviews break-glass by anyone; a safeguarding lead by their own
	 * agency's staff.
	 */
	public boolean canReviewBreakGlassOfEveryAgency(Practitioner reviewer) {
		return reviewer.has(Role.ADMINISTRATOR);
	}

	/**
	 * Early help managers (a manager in children's services) see unallocated episodes and
	 * approve guarded closures.
	 */
	public boolean canManageEarlyHelp(Practitioner viewer) {
		return viewer.has(Role.MANAGER) && inChildrensServices(viewer);
	}

	/**
	 * Agencies' webhook addresses and secrets, and the service directory, are kept by
	 * administrators.
	 */
	public boolean canAdminister(Practitioner viewer) {
		return viewer.has(Role.ADMINISTRATOR);
	}

	private boolean inChildrensServices(Practitioner viewer) {
		return agencies.find(viewer.agencyId()).map(a -> a.type().isChildrensServices()).orElse(false);
	}

	private boolean hasOpenBreakGlass(Practitioner viewer, Set<UUID> personIds) {
		return db.sql(
				"SELECT COUNT(*) FROM break_glass WHERE practitioner_id = :viewer AND person_id IN (:ids) AND expires_at > :now")
			.param("viewer", viewer.id())
			.param("ids", personIds)
			.param("now", OffsetDateTime.now(clock))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The MASH triages contacts at the front door, asks other agencies what they know,
	 * and decides.
	 */
	public boolean canTriageContacts(Practitioner viewer) {
		return viewer.has(Role.MASH);
	}

	/**
	 * Children's services managers oversee the front door: the queue, sign-off,
	 * challenges and timeliness.
	 */
	public boolean canOverseeFrontDoor(Practitioner viewer) {
		return viewer.has(Role.MANAGER) && inChildrensServices(viewer);
	}

	/** The local threshold document (continuum of need) is changed by administrators. */
	public boolean canChangeThresholds(Practitioner viewer) {
		return viewer.has(Role.ADMINISTRATOR);
	}

	/**
	 * Signal rules are tuned, and everyone's signals evaluated again, by administrators.
	 */
	public boolean canManageSignalRules(Practitioner viewer) {
		return viewer.has(Role.ADMINISTRATOR);
	}

}
