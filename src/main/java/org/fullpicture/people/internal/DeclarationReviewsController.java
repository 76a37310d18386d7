package org.fullpicture.people.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.InvolvementGrants;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beside break-glass: practitioners' declarations of their own agency's involvement,
 * reviewed by someone else.
 */
@PageController
class DeclarationReviewsController {

	static final int PAGE_SIZE = 50;

	private final InvolvementGrants grants;

	private final People people;

	private final RecordAccess access;

	DeclarationReviewsController(InvolvementGrants grants, People people, RecordAccess access) {
		this.grants = grants;
		this.people = people;
		this.access = access;
	}

	@GetMapping("/involvement-declarations")
	String list(@RequestParam(defaultValue = "unreviewed") String show, @RequestParam(required = false) Integer page,
			Model model) {
		return page(show, page, null, "", FormErrors.none(), model);
	}

	@PostMapping("/involvement-declarations/{id}")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome, Model model,
			RedirectAttributes redirect) {
		try {
			grants.review(CurrentPractitioner.get(), id, outcome, Channel.PAGE);
		}
		catch (InvalidInput ex) {
			return page("unreviewed", 1, id, outcome,
					FormErrors.none().add("outcome-" + id, ex.problems().get(0).message()), model);
		}
		catch (Conflict ex) {
			return page("unreviewed", 1, id, outcome, FormErrors.none().add("outcome-" + id, ex.getMessage()), model);
		}
		redirect.addFlashAttribute("banner", "Your review has been recorded");
		return "redirect:/involvement-declarations";
	}

	private String page(String show, Integer page, UUID failedId, String outcome, FormErrors errors, Model model) {
		boolean unreviewedOnly = !"all".equals(show);
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<Involvements.Declaration> declarations = grants.declarationsFor(CurrentPractitioner.get(),
				unreviewedOnly, paging[0], paging[1]);
		Map<UUID, String> names = people
			.findAll(declarations.items().stream().map(d -> d.involvement().personId()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
		access.listed(names.keySet(), AuditAction.LISTED_FOR_REVIEW, Channel.PAGE);
		model.addAttribute("declarations", declarations.items());
		model.addAttribute("names", names);
		model.addAttribute("pager", Pager.of(declarations));
		model.addAttribute("unreviewedOnly", unreviewedOnly);
		model.addAttribute("failedId", failedId);
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		return "people/involvement-declarations";
	}

}
