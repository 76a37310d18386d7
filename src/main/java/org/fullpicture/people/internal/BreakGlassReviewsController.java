package org.fullpicture.people.internal;

import org.fullpicture.access.RecordAccess;

import org.fullpicture.access.AuditAction;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.BreakGlass;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Safeguarding leads and administrators review every break-glass access and record what
 * they found.
 */
@PageController
class BreakGlassReviewsController {

	static final int PAGE_SIZE = 50;

	private final BreakGlass breakGlass;

	private final AccessPolicy policy;

	private final People people;

	private final RecordAccess access;

	BreakGlassReviewsController(BreakGlass breakGlass, AccessPolicy policy, People people, RecordAccess access) {
		this.access = access;
		this.breakGlass = breakGlass;
		this.policy = policy;
		this.people = people;
	}

	@GetMapping("/break-glass-reviews")
	String list(@RequestParam(defaultValue = "unreviewed") String show, @RequestParam(required = false) Integer page,
			Model model) {
		return page(show, page, null, "", FormErrors.none(), model);
	}

	@PostMapping("/break-glass-reviews/{id}")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome, Model model,
			RedirectAttributes redirect) {
		Practitioner me = reviewer();
		try {
			breakGlass.review(me, id, outcome, Channel.PAGE);
		}
		catch (InvalidInput ex) {
			return page("unreviewed", 1, id, outcome,
					FormErrors.none().add("outcome-" + id, ex.problems().get(0).message()), model);
		}
		catch (Conflict ex) {
			return page("unreviewed", 1, id, outcome, FormErrors.none().add("outcome-" + id, ex.getMessage()), model);
		}
		redirect.addFlashAttribute("banner", "Your review has been recorded");
		return "redirect:/break-glass-reviews";
	}

	private String page(String show, Integer page, UUID failedId, String outcome, FormErrors errors, Model model) {
		reviewer();
		boolean unreviewedOnly = !"all".equals(show);
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<BreakGlass.Event> events = breakGlass.eventsFor(reviewer(), unreviewedOnly, paging[0], paging[1]);
		Map<UUID, String> names = people
			.findAll(events.items().stream().map(BreakGlass.Event::personId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
		access.listed(names.keySet(), AuditAction.LISTED_FOR_REVIEW, Channel.PAGE);
		model.addAttribute("events", events.items());
		model.addAttribute("names", names);
		model.addAttribute("pager", Pager.of(events));
		model.addAttribute("unreviewedOnly", unreviewedOnly);
		model.addAttribute("failedId", failedId);
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		return "people/break-glass-reviews";
	}

	private Practitioner reviewer() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canReviewBreakGlass(me)) {
			throw new AccessDeniedException("Only safeguarding leads and administrators review break-glass access");
		}
		return me;
	}

}
