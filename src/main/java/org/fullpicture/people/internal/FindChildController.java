package org.fullpicture.people.internal;

import org.fullpicture.access.RecordAccess;

import org.fullpicture.access.Channel;

import org.fullpicture.access.AuditAction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A POST, not a GET: names, dates of birth and NHS numbers stay out of URLs and access
 * logs.
 */
@PageController
class FindChildController {

	private final People people;

	private final Clock clock;

	private final RecordAccess access;

	FindChildController(People people, Clock clock, RecordAccess access) {
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/children/find")
	String form(Model model) {
		return page(new FindChildForm(), FormErrors.none(), null, model);
	}

	@PostMapping("/children/find")
	String find(@ModelAttribute("form") FindChildForm form, Model model) {
		FormErrors errors = form.problems();
		if (!errors.isEmpty()) {
			return page(form, errors, null, model);
		}
		List<Person> found = switch (form.getBy()) {
			case NAME -> people.findByNameAndDateOfBirth(form.getGivenName(), form.getFamilyName(),
					form.getDateOfBirth().toDate().orElseThrow());
			case NHS -> people.findByNhsNumber(form.getNhsNumber()).stream().toList();
			case UPN -> people.findByUpn(form.getUpn()).stream().toList();
		};
		access.listed(found.stream().map(Person::id).toList(), AuditAction.LISTED_IN_SEARCH, Channel.PAGE);
		return page(form, errors, found, model);
	}

	private String page(FindChildForm form, FormErrors errors, List<Person> found, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("found", found);
		model.addAttribute("today", LocalDate.now(clock));
		return "people/find-a-child";
	}

}
