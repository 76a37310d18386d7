package org.fullpicture.people.internal;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.OtherName;
import org.fullpicture.people.Person;
import org.fullpicture.people.PersonIntake;
import org.fullpicture.people.Sex;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
class NewChildController {

	private final PersonIntake intake;

	private final Agencies agencies;

	NewChildController(PersonIntake intake, Agencies agencies) {
		this.intake = intake;
		this.agencies = agencies;
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
			// an existing record of the child is used rather than a second one; recording
			// it gives no grounds to read it
			PersonIntake.Intake done = intake.record(form.toNewPerson(), me, "PAGE");
			Person child = done.person();
			// a flash message waits in the session table: no child's name in it
			redirect.addFlashAttribute("banner", switch (done.outcome()) {
				case EXISTING_RECORD_USED -> "We found an existing record of this child and used it";
				case QUEUED_FOR_REVIEW ->
					"The child has been recorded. A possible existing record of this child has been sent to the MASH for review";
				case CREATED -> "The child has been recorded";
			});
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
