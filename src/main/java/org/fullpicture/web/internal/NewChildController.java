package org.fullpicture.web.internal;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.OtherName;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.people.Sex;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
class NewChildController {

	private final People people;

	private final Involvements involvements;

	private final Agencies agencies;

	private final TransactionTemplate tx;

	NewChildController(People people, Involvements involvements, Agencies agencies, TransactionTemplate tx) {
		this.people = people;
		this.involvements = involvements;
		this.agencies = agencies;
		this.tx = tx;
	}

	@GetMapping("/children/new")
	String form(Model model) {
		return page(new NewChildForm(), FormErrors.none(), model);
	}

	@PostMapping("/children/new")
	String create(@ModelAttribute("form") NewChildForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = form.problems();
		if (!errors.isEmpty()) {
			return page(form, errors, model);
		}
		Practitioner me = CurrentPractitioner.get();
		try {
			// the child and the creator's involvement are recorded together, or not at all
			Person child = tx.execute(s -> {
				Person created = people.create(form.toNewPerson(), me.id());
				involvements.ensureInvolved(created.id(), me.agencyId(), me.id(), "Recorded the child");
				return created;
			});
			redirect.addFlashAttribute("banner", child.fullName() + " has been recorded");
			return "redirect:/children/" + child.id();
		}
		catch (InvalidInput ex) {
			return page(form, errors.addAll(ex.problems(), NewChildForm::formField), model);
		}
		catch (Conflict ex) {
			return page(form, errors.add(ex.field(), ex.getMessage()), model);
		}
	}

	private String page(NewChildForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("otherNameKinds", OtherName.Kind.values());
		model.addAttribute("settings", agencies.educationSettings());
		return "people/record-a-child";
	}

}
