package org.fullpicture.frontdoor.internal.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fullpicture.frontdoor.Contact;
import org.fullpicture.frontdoor.ContactStatus;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.PublicReport;
import org.fullpicture.frontdoor.ReferrerKind;
import org.fullpicture.frontdoor.internal.ContactRows;
import org.fullpicture.frontdoor.internal.PublicRateLimit;
import org.fullpicture.frontdoor.internal.References;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.FormValues;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page: anyone may report a concern about a child without signing in, and
 * check its status by reference. It never looks anyone up, so it says nothing about who
 * is known; a filled honeypot field is thanked and dropped.
 */
@PageController
class PublicConcernController {

	static final List<ReferrerKind> KINDS = List.of(ReferrerKind.PARENT_OR_CARER, ReferrerKind.RELATIVE,
			ReferrerKind.NEIGHBOUR, ReferrerKind.MEMBER_OF_PUBLIC, ReferrerKind.CHILD, ReferrerKind.ANONYMOUS);

	private static final List<String> FIELDS = List.of("kind", "name", "contact", "children", "whatHappened", "worries",
			"wants");

	private final Contacts contacts;

	private final ContactRows rows;

	private final PublicRateLimit rateLimit;

	PublicConcernController(Contacts contacts, ContactRows rows, PublicRateLimit rateLimit) {
		this.contacts = contacts;
		this.rows = rows;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/report-a-concern")
	String form(Model model) {
		return page(Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/report-a-concern")
	String report(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!rateLimit.allow(request.getRemoteAddr(), PublicRateLimit.Use.REPORT)) {
			response.setStatus(429);
			return "frontdoor/too-many";
		}
		if (!form.getOrDefault("website", "").isEmpty()) {
			// a robot filled the field people never see: it gets the usual answer and
			// nothing is kept
			redirect.addFlashAttribute("reference", References.next());
			return "redirect:/report-a-concern/sent";
		}
		ReferrerKind kind = FormValues.enumOrNull(ReferrerKind.class, form.get("kind"));
		FormErrors errors = FormErrors.none();
		if (kind == null) {
			errors.add("kind", "Select who you are, or that you want to stay anonymous");
		}
		try {
			if (errors.isEmpty()) {
				Contact contact = contacts.reportPublicly(new PublicReport(kind, form.get("name"), form.get("contact"),
						form.get("children"), form.get("whatHappened"), form.get("worries"), form.get("wants")));
				redirect.addFlashAttribute("reference", contact.reference());
				redirect.addFlashAttribute("willReply", contact.referrerContact() != null);
				return "redirect:/report-a-concern/sent";
			}
		}
		catch (InvalidInput ex) {
			errors.addAll(ex.problems(), field -> field);
		}
		return page(form, errors, model);
	}

	@GetMapping("/report-a-concern/sent")
	String sent(Model model) {
		if (!model.containsAttribute("reference")) {
			return "redirect:/report-a-concern";
		}
		return "frontdoor/report-a-concern-sent";
	}

	/**
	 * The status by reference, in general terms only: received, being looked at, or
	 * decided.
	 */
	@GetMapping("/report-a-concern/status")
	String status(@RequestParam(required = false) String reference, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("reference", reference == null ? "" : reference);
		model.addAttribute("errors", FormErrors.none());
		if (reference == null) {
			return "frontdoor/report-status";
		}
		if (!rateLimit.allow(request.getRemoteAddr(), PublicRateLimit.Use.STATUS)) {
			response.setStatus(429);
			return "frontdoor/too-many";
		}
		String normalised = References.normalise(reference);
		ContactStatus status = normalised.startsWith("FP-")
				? rows.findByReference(normalised).map(Contact::status).orElse(null) : null;
		if (status == null) {
			model.addAttribute("errors", FormErrors.none()
				.add("reference", "We cannot find a report with this reference. Check it and try again"));
			return "frontdoor/report-status";
		}
		model.addAttribute("found", normalised);
		model.addAttribute("stage", switch (status) {
			case AWAITING_CHILDREN -> "RECEIVED";
			case OPEN, AWAITING_SIGN_OFF -> "LOOKING";
			case DECIDED -> "DECIDED";
		});
		return "frontdoor/report-status";
	}

	private static String page(Map<String, String> form, FormErrors errors, Model model) {
		Map<String, String> values = new java.util.HashMap<>();
		FIELDS.forEach(f -> values.put(f, form.getOrDefault(f, "")));
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", KINDS);
		return "frontdoor/report-a-concern";
	}

}
