package org.fullpicture.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.InvolvementGrants;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practitioner declares, with a reason, that they work with the child for their agency:
 * reviewed by someone else.
 */
@PageController
class DeclareInvolvementController {

	private final People people;

	private final InvolvementGrants grants;

	private final RecordAccess access;

	private final Clock clock;

	DeclareInvolvementController(People people, InvolvementGrants grants, RecordAccess access, Clock clock) {
		this.people = people;
		this.grants = grants;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/children/{id}/declare-involvement")
	String form(@PathVariable UUID id, Model model) {
		people.get(id);
		// the form names the child: a look at who they are, as on the known-to page
		access.listed(List.of(id), AuditAction.VIEWED_KNOWN_TO, Channel.PAGE);
		return page(id, "", FormErrors.none(), model);
	}

	@PostMapping("/children/{id}/declare-involvement")
	String declare(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		people.get(id);
		Practitioner me = CurrentPractitioner.get();
		try {
			grants.start(me, id, me.agencyId(), me.id(), LocalDate.now(clock), null, reason, Channel.PAGE);
		}
		catch (InvalidInput ex) {
			return page(id, reason, FormErrors.none().add("reason", ex.problems().get(0).message()), model);
		}
		catch (Conflict ex) {
			return page(id, reason, FormErrors.none().add("reason", ex.getMessage()), model);
		}
		redirect.addFlashAttribute("banner",
				"You can now see this record. Your declaration has been recorded for review by your safeguarding lead.");
		return "redirect:/children/" + id;
	}

	private String page(UUID id, String reason, FormErrors errors, Model model) {
		model.addAttribute("child", people.get(id));
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "people/declare-involvement";
	}

}
