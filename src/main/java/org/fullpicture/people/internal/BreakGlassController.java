package org.fullpicture.people.internal;

import java.util.List;

import org.fullpicture.access.RecordAccess;

import org.fullpicture.access.AuditAction;

import java.util.UUID;

import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.people.People;
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
 * Emergency access to a record the practitioner's agency is not involved with: a written
 * reason, audited and reviewed.
 */
@PageController
class BreakGlassController {

	private final People people;

	private final BreakGlass breakGlass;

	private final RecordAccess access;

	BreakGlassController(People people, BreakGlass breakGlass, RecordAccess access) {
		this.access = access;
		this.people = people;
		this.breakGlass = breakGlass;
	}

	@GetMapping("/children/{id}/break-glass")
	String form(@PathVariable UUID id, Model model) {
		// the form names the child: a look at who they are, as on the known-to page
		access.listed(List.of(id), AuditAction.VIEWED_KNOWN_TO, Channel.PAGE);
		return page(id, "", FormErrors.none(), model);
	}

	@PostMapping("/children/{id}/break-glass")
	String grant(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		people.get(id);
		try {
			breakGlass.grant(CurrentPractitioner.get(), id, reason, Channel.PAGE);
		}
		catch (InvalidInput ex) {
			return page(id, reason, FormErrors.none().addAll(ex.problems(), f -> f), model);
		}
		redirect.addFlashAttribute("banner", "You can now see this record. Your reason has been recorded for review.");
		return "redirect:/children/" + id;
	}

	private String page(UUID id, String reason, FormErrors errors, Model model) {
		model.addAttribute("child", people.get(id));
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("minLength", BreakGlass.MIN_REASON_LENGTH);
		return "people/break-glass";
	}

}
