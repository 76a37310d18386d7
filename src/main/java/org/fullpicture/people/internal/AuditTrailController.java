package org.fullpicture.people.internal;

import java.util.UUID;

import org.fullpicture.access.AuditTrail;
import org.fullpicture.access.Channel;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.people.People;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who has looked at a child's record: for safeguarding leads of the child and for
 * administrators.
 */
@PageController
class AuditTrailController {

	static final int PAGE_SIZE = 50;

	private final People people;

	private final RecordAccess access;

	private final AuditTrail audit;

	AuditTrailController(People people, RecordAccess access, AuditTrail audit) {
		this.people = people;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/children/{id}/audit")
	String audit(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
		var child = people.get(id);
		access.openAudit(id, Channel.PAGE);
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		var events = audit.ofPerson(id, paging[0], paging[1]);
		model.addAttribute("child", child);
		model.addAttribute("events", events.items());
		model.addAttribute("pager", Pager.of(events));
		return "people/audit-trail";
	}

}
