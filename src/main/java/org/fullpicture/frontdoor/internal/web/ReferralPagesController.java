package org.fullpicture.frontdoor.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.frontdoor.Checks;
import org.fullpicture.frontdoor.Consent;
import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactCheck;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.NewContact;
import org.fullpicture.frontdoor.Referrer;
import org.fullpicture.frontdoor.ReferrerKind;
import org.fullpicture.frontdoor.Urgency;
import org.fullpicture.frontdoor.internal.Thresholds;
import org.fullpicture.people.NewPerson;
import org.fullpicture.people.Sex;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.DateParts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every practitioner's side of the front door: making a referral, their referrals and
 * outcomes, the checks the MASH has asked of their agency, and the local thresholds
 * (which administrators change).
 */
@PageController
class ReferralPagesController {

	private static final int MINE_SHOWN = 50;

	private final Contacts contacts;

	private final Checks checks;

	private final Thresholds thresholds;

	private final RecordAccess access;

	ReferralPagesController(Contacts contacts, Checks checks, Thresholds thresholds, RecordAccess access) {
		this.access = access;
		this.contacts = contacts;
		this.checks = checks;
		this.thresholds = thresholds;
	}

	@GetMapping("/referrals/new")
	String form(@RequestParam(required = false) String childId, Model model) {
		Map<String, String> form = new HashMap<>();
		form.put("childId", childId == null ? "" : childId);
		form.put("referrerKind", ReferrerKind.PRACTITIONER.name());
		return referralPage(form, FormErrors.none(), model);
	}

	@PostMapping("/referrals/new")
	String make(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		FormErrors errors = FormErrors.none();
		UUID childId = FormValues.uuidOrNull(form.getOrDefault("childId", ""));
		List<NewPerson> newChildren = List.of();
		if (childId == null) {
			if (!form.getOrDefault("childId", "").isBlank()) {
				errors.add("childId", "A record number looks like 3f2a…, as shown on the child's record");
			}
			DateParts dob = dateOfBirth(form);
			dob.problem("The date of birth").ifPresent(p -> errors.add("dateOfBirth", p));
			newChildren = List
				.of(new NewPerson(form.get("givenName"), form.get("familyName"), List.of(), dob.toDate().orElse(null),
						null, FormValues.enumOrNull(Sex.class, form.get("sex")), null, null, null, null));
		}
		ReferrerKind kind = FormValues.enumOrNull(ReferrerKind.class, form.get("referrerKind"));
		Consent consent = FormValues.enumOrNull(Consent.class, form.get("consent"));
		if (consent == null) {
			errors.add("consent", "Say whether the family gave consent");
		}
		Urgency urgency = FormValues.enumOrNull(Urgency.class, form.get("urgency"));
		if (urgency == null) {
			errors.add("urgency", "Choose how urgent this is");
		}
		if (!errors.isEmpty()) {
			return referralPage(form, errors, model);
		}
		try {
			Contacts.Made made = contacts.make(new NewContact(childId == null ? List.of() : List.of(childId),
					newChildren, new Referrer(kind, form.get("referrerName"), form.get("referrerContact")),
					form.get("whatHappened"), form.get("worries"), form.get("wants"), consent, form.get("consentNote"),
					urgency), me);
			redirect.addFlashAttribute("banner",
					"Your referral has been sent to the MASH. Its reference is " + made.contact().reference());
			return "redirect:/contacts/" + made.contact().id();
		}
		catch (InvalidInput ex) {
			return referralPage(form, errors.addAll(ex.problems(), ReferralPagesController::formField), model);
		}
		catch (Conflict ex) {
			return referralPage(form, errors.add(formField(ex.field()), ex.getMessage()), model);
		}
	}

	@GetMapping("/referrals")
	String mine(Model model) {
		List<Contact> mine = contacts.madeBy(CurrentPractitioner.get(), MINE_SHOWN);
		// the referrer's own contacts name their children: each is a look at the child
		access.listed(mine.stream().flatMap(c -> c.childIds().stream()).toList(), AuditAction.LISTED_IN_WORK_LIST,
				Channel.PAGE);
		model.addAttribute("contacts", mine);
		return "frontdoor/referrals";
	}

	@GetMapping("/checks")
	String checks(Model model) {
		return checksPage(null, Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/checks/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			checks.answer(id, form.get("answer"), CurrentPractitioner.get());
			redirect.addFlashAttribute("banner", "Your answer has been sent to the MASH");
			return "redirect:/checks";
		}
		catch (InvalidInput ex) {
			return checksPage(id, form, FormErrors.none().addAll(ex.problems(), f -> "answer"), model);
		}
		catch (Conflict ex) {
			return checksPage(id, form, FormErrors.none().add("answer", ex.getMessage()), model);
		}
	}

	@GetMapping("/thresholds")
	String thresholds(Model model) {
		model.addAttribute("levels", thresholds.all());
		model.addAttribute("canChange", thresholds.mayChange(CurrentPractitioner.get()));
		return "frontdoor/thresholds";
	}

	@GetMapping("/thresholds/{level}")
	String editLevel(@PathVariable int level, Model model) {
		Thresholds.Level found = thresholds.level(level);
		thresholds.requireChange(CurrentPractitioner.get());
		return levelPage(level, Map.of("name", found.name(), "descriptor", found.descriptor(), "indicators",
				String.join("\n", found.indicators())), FormErrors.none(), model);
	}

	@PostMapping("/thresholds/{level}")
	String changeLevel(@PathVariable int level, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		thresholds.level(level);
		try {
			thresholds.change(new Thresholds.Level(level, form.get("name"), form.get("descriptor"),
					List.of(form.getOrDefault("indicators", "").split("\n"))), CurrentPractitioner.get());
			redirect.addFlashAttribute("banner", "Level " + level + " has been changed");
			return "redirect:/thresholds";
		}
		catch (InvalidInput ex) {
			return levelPage(level, form, FormErrors.none().addAll(ex.problems(), f -> f), model);
		}
	}

	private String levelPage(int level, Map<String, String> form, FormErrors errors, Model model) {
		model.addAttribute("level", level);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "frontdoor/threshold-level";
	}

	private String checksPage(UUID failed, Map<String, String> form, FormErrors errors, Model model) {
		List<ContactCheck> open = checks.openFor(CurrentPractitioner.get());
		access.listed(checks.childrenOf(open), AuditAction.LISTED_IN_WORK_LIST, Channel.PAGE);
		model.addAttribute("checks", open);
		model.addAttribute("failed", failed);
		model.addAttribute("noErrors", FormErrors.none());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "frontdoor/checks";
	}

	private String referralPage(Map<String, String> form, FormErrors errors, Model model) {
		model.addAttribute("form", new HashMap<>(form));
		model.addAttribute("errors", errors);
		model.addAttribute("dob", dateOfBirth(form));
		model.addAttribute("kinds", ReferrerKind.values());
		model.addAttribute("consents", Consent.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("sexes", Sex.values());
		return "frontdoor/make-a-referral";
	}

	static String formField(String field) {
		return field.replace("newChildren[0].", "")
			.replace("childIds[0]", "childId")
			.replace("childIds", "childId")
			.replace("referrer.name", "referrerName")
			.replace("referrer.contact", "referrerContact")
			.replace("referrer.kind", "referrerKind");
	}

	static DateParts dateOfBirth(Map<String, String> form) {
		return DateParts.from(form, "dateOfBirth");
	}

}
