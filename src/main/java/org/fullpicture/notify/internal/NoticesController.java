package org.fullpicture.notify.internal;

import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.people.EducationPlacement;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
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
 * Send a notice to a child's school or setting, from the child's record; it goes to the
 * setting the child is at now, and the sender is told when that is not the one they
 * chose. The setting's leads read it from their notification.
 */
@PageController
class NoticesController {

	private final SettingNotices notices;

	private final People people;

	private final Agencies agencies;

	private final RecordAccess access;

	NoticesController(SettingNotices notices, People people, Agencies agencies, RecordAccess access) {
		this.notices = notices;
		this.people = people;
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/children/{id}/notices/new")
	String form(@PathVariable UUID id, Model model) {
		Person child = people.get(id);
		access.openInFull(id, AuditAction.VIEWED_RECORD, Channel.PAGE);
		// the setting on roll now is the likely choice; the sender may still choose
		// another
		String current = people.education(id)
			.stream()
			.filter(EducationPlacement::isCurrent)
			.findFirst()
			.map(p -> p.agencyId().toString())
			.orElse("");
		return page(child, Map.of("toSettingId", current), FormErrors.none(), model);
	}

	@PostMapping("/children/{id}/notices")
	String send(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Person child = people.get(id);
		access.openInFull(id, AuditAction.VIEWED_RECORD, Channel.PAGE);
		try {
			SettingNotices.Sent sent = notices.send(id, FormValues.uuidOrNull(form.getOrDefault("toSettingId", "")),
					form.get("text"), CurrentPractitioner.get());
			String to = agencies.get(sent.deliveredToSettingId()).name();
			redirect.addFlashAttribute("banner",
					sent.rerouted()
							? "Your notice was sent to " + to + " instead, the child's setting now: " + sent.reason()
							: "Your notice was sent to " + to);
			return "redirect:/children/" + id;
		}
		catch (InvalidInput refused) {
			return page(child, form, FormErrors.none().addAll(refused.problems(), field -> field), model);
		}
	}

	@GetMapping("/notices/{noticeId}")
	String show(@PathVariable UUID noticeId, Model model) {
		SettingNotices.Notice notice = notices.find(noticeId, CurrentPractitioner.get())
			.orElseThrow(() -> new NotFound("Notice " + noticeId));
		access.open(notice.personId(), Channel.PAGE);
		model.addAttribute("notice", notice);
		model.addAttribute("child", people.get(notice.personId()));
		return "notify/notice";
	}

	private String page(Person child, Map<String, String> form, FormErrors errors, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("settings", agencies.educationSettings());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxText", SettingNotices.MAX_TEXT);
		return "notify/send-notice";
	}

}
