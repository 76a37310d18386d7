package org.fullpicture.access;

import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.Involvement;
import org.fullpicture.agencies.InvolvementBasis;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Involvements started by hand. Those whose role covers every child allocate any agency;
 * anyone else may only declare their own agency's involvement, with a reason: a grant of
 * access, audited and reviewed by someone else.
 */
@Service
public class InvolvementGrants {

	private final Involvements involvements;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	InvolvementGrants(Involvements involvements, AccessPolicy policy, AuditTrail audit) {
		this.involvements = involvements;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional
	public Involvement start(Practitioner by, UUID personId, UUID agencyId, UUID practitionerId, LocalDate from,
			LocalDate to, String reason, Channel channel) {
		Grounds grounds = policy.groundsFor(by, personId);
		InvolvementBasis basis;
		if (grounds == Grounds.ROLE) {
			basis = InvolvementBasis.ALLOCATED;
		}
		else if (by.agencyId().equals(agencyId)) {
			basis = InvolvementBasis.DECLARED;
		}
		else {
			throw new AccessDeniedException("You can declare your own agency's involvement only");
		}
		Involvement started = involvements.add(personId, agencyId, practitionerId, from, to, reason, basis, by.id());
		audit.recordChange(by.id(), basis == InvolvementBasis.DECLARED ? AuditAction.DECLARED_INVOLVEMENT
				: AuditAction.ALLOCATED_INVOLVEMENT, personId, grounds, started.reason(), channel);
		return started;
	}

	/** Whoever may allocate, and an agency's own staff, end its involvement. */
	@Transactional
	public Involvement end(Practitioner by, Involvement involvement, LocalDate to, Channel channel) {
		Grounds grounds = policy.groundsFor(by, involvement.personId());
		if (grounds != Grounds.ROLE && !by.agencyId().equals(involvement.agency().id())) {
			throw new AccessDeniedException("You can end involvements of your own agency only");
		}
		Involvement ended = involvements.end(involvement.id(), to);
		audit.recordChange(by.id(), AuditAction.ENDED_INVOLVEMENT, involvement.personId(), grounds, null, channel);
		return ended;
	}

	/**
	 * Declarations to review beside break-glass events: an administrator every one, a
	 * safeguarding lead their agency's.
	 */
	public PageOf<Involvements.Declaration> declarationsFor(Practitioner reviewer, boolean onlyUnreviewed, int page,
			int size) {
		requireReviewer(reviewer);
		return involvements.declarations(reviewer.has(Role.ADMINISTRATOR) ? null : reviewer.agencyId(), onlyUnreviewed,
				page, size);
	}

	@Transactional
	public void review(Practitioner reviewer, UUID involvementId, String outcome, Channel channel) {
		requireReviewer(reviewer);
		if (outcome == null || outcome.isBlank()) {
			throw new InvalidInput("outcome", "Enter what you found when you reviewed this declaration");
		}
		MaxLength.require("outcome", outcome.strip(), 1000, "What you found");
		Involvement declared = involvements.get(involvementId);
		if (declared.basis() != InvolvementBasis.DECLARED) {
			throw new NotFound("Declared involvement " + involvementId);
		}
		if (reviewer.id().equals(declared.recordedBy())) {
			throw new AccessDeniedException("Someone else reviews your own declaration");
		}
		if (!reviewer.has(Role.ADMINISTRATOR) && !reviewer.agencyId().equals(declared.agency().id())) {
			throw new AccessDeniedException("A safeguarding lead reviews declarations by their own agency's staff");
		}
		involvements.recordReview(involvementId, reviewer.id(), outcome.strip());
		audit.recordChange(reviewer.id(), AuditAction.REVIEWED_DECLARATION, declared.personId(), Grounds.ROLE, null,
				channel);
	}

	private void requireReviewer(Practitioner reviewer) {
		if (!policy.canReviewBreakGlass(reviewer)) {
			throw new AccessDeniedException("Only safeguarding leads and administrators review declared involvements");
		}
	}

}
