package org.fullpicture.access.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditEvent;
import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.shared.PageOf;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApi {

	record AuditPage(List<AuditEvent> events, int page, int size, long totalEvents, int totalPages) {
	}

	record BreakGlassPage(List<BreakGlass.Event> events, int page, int size, long totalEvents, int totalPages) {
	}

	private final AuditTrail audit;

	private final RecordAccess access;

	private final BreakGlass breakGlass;

	private final AccessPolicy policy;

	AuditApi(AuditTrail audit, RecordAccess access, BreakGlass breakGlass, AccessPolicy policy) {
		this.audit = audit;
		this.access = access;
		this.breakGlass = breakGlass;
		this.policy = policy;
	}

	@GetMapping("/api/v1/people/{id}/audit")
	AuditPage audit(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		access.openAudit(id, Channel.API);
		int[] paging = PageOf.bounded(page, size, 50, 500);
		PageOf<AuditEvent> events = audit.ofPerson(id, paging[0], paging[1]);
		return new AuditPage(events.items(), events.page(), events.size(), events.total(), events.totalPages());
	}

	@GetMapping("/api/v1/break-glass-events")
	BreakGlassPage breakGlassEvents(@RequestParam(defaultValue = "false") boolean unreviewed,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var reviewer = CurrentPractitioner.get();
		if (!policy.canReviewBreakGlass(reviewer)) {
			throw new AccessDeniedException("Only safeguarding leads and administrators review break-glass access");
		}
		int[] paging = PageOf.bounded(page, size, 50, 500);
		PageOf<BreakGlass.Event> events = breakGlass.eventsFor(reviewer, unreviewed, paging[0], paging[1]);
		return new BreakGlassPage(events.items(), events.page(), events.size(), events.total(), events.totalPages());
	}

}
