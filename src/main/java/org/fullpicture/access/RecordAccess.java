package org.fullpicture.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Opening a child's record: decides the grounds and writes the audit row, in one step
 * that cannot be skipped. A page that reads the record in a transaction opens it inside
 * that transaction, so the row commits with the reads.
 */
@Service
public class RecordAccess {

	private final AccessPolicy policy;

	private final AuditTrail audit;

	RecordAccess(AccessPolicy policy, AuditTrail audit) {
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * Any practitioner may open the record; the grounds say whether they see all of it or
	 * only who knows the child.
	 */
	public Grounds open(UUID personId, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		Grounds grounds = policy.groundsFor(viewer, personId);
		audit.recordView(viewer.id(), grounds.isFull() ? AuditAction.VIEWED_RECORD : AuditAction.VIEWED_KNOWN_TO,
				personId, grounds, channel);
		return grounds;
	}

	/**
	 * For views that only make sense in full (the chronology): refused, and not audited
	 * as a view, without grounds.
	 */
	public Grounds openInFull(UUID personId, AuditAction action, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		Grounds grounds = policy.groundsFor(viewer, personId);
		if (!grounds.isFull()) {
			throw new AccessDeniedException("Your agency is not involved with this child");
		}
		audit.recordView(viewer.id(), action, personId, grounds, channel);
		return grounds;
	}

	/**
	 * A child's chronology: in full on grounds; without them only the viewer's own
	 * agency's entries, which the caller must then show alone (writing about a child lets
	 * the writer see what their agency wrote, nothing more).
	 */
	public Grounds openChronology(UUID personId, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		Grounds grounds = policy.groundsFor(viewer, personId);
		audit.recordView(viewer.id(), grounds.isFull() ? AuditAction.VIEWED_CHRONOLOGY : AuditAction.VIEWED_OWN_ENTRIES,
				personId, grounds, channel);
		return grounds;
	}

	/**
	 * One entry, about one or more children: refused unless the viewer has grounds for at
	 * least one of them or their agency recorded it, and audited against each child it is
	 * about.
	 */
	public void openEntry(List<UUID> childIds, UUID recordingAgencyId, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		Map<UUID, Grounds> grounds = new LinkedHashMap<>();
		childIds.forEach(child -> grounds.put(child, policy.groundsFor(viewer, child)));
		if (grounds.values().stream().noneMatch(Grounds::isFull) && !viewer.agencyId().equals(recordingAgencyId)) {
			throw new AccessDeniedException("Your agency is not involved with the children this entry is about");
		}
		grounds
			.forEach((child, why) -> audit.recordView(viewer.id(), AuditAction.VIEWED_CHRONOLOGY, child, why, channel));
	}

	/**
	 * People shown in a list (search results, recent activity, a possible match): each is
	 * a look at that person, audited on the viewer's grounds, in the caller's transaction
	 * when there is one.
	 */
	public void listed(Collection<UUID> personIds, AuditAction action, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		personIds.stream()
			.distinct()
			.forEach(id -> audit.recordView(viewer.id(), action, id, policy.groundsFor(viewer, id), channel));
	}

	public void openAudit(UUID personId, Channel channel) {
		Practitioner viewer = CurrentPractitioner.get();
		if (!policy.canSeeAuditOf(viewer, personId)) {
			throw new AccessDeniedException("Only safeguarding leads and administrators see the audit trail");
		}
		audit.recordView(viewer.id(), AuditAction.VIEWED_AUDIT, personId, policy.groundsFor(viewer, personId), channel);
	}

}
