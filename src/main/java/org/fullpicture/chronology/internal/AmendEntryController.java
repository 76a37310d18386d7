package org.fullpicture.chronology.internal;

import java.util.List;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Amendment;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.Entry;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.PlainLanguageCheck;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A correction is a new entry that supersedes the old one; both stay in the chronology.
 */
@PageController
class AmendEntryController {

	private final Chronology chronology;

	private final ChronologyReader reader;

	private final RecordAccess access;

	private final PlainLanguageCheck plainLanguage;

	AmendEntryController(Chronology chronology, ChronologyReader reader, RecordAccess access,
			PlainLanguageCheck plainLanguage) {
		this.plainLanguage = plainLanguage;
		this.chronology = chronology;
		this.reader = reader;
		this.access = access;
	}

	@GetMapping("/chronology/{entryId}/amend")
	String form(@PathVariable UUID entryId, Model model) {
		Entry entry = openForAmending(entryId);
		FormErrors errors = FormErrors.none();
		if (entry.isSuperseded()) {
			errors.add("text", "This entry has already been amended: amend the latest version");
		}
		return page(entry, entry.text(), "", errors, model);
	}

	@PostMapping("/chronology/{entryId}/amend")
	String amend(@PathVariable UUID entryId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean wordsChecked,
			Model model, RedirectAttributes redirect) {
		Entry entry = openForAmending(entryId);
		String words = text.replace("\r\n", "\n");
		List<Finding> findings = plainLanguage.check(words, Chronology.contextOf(entry.type()));
		if (!wordsChecked && !findings.isEmpty() && !reason.isBlank()) {
			// advice, not a refusal: the same words are recorded on the next submission
			model.addAttribute("findings", findings);
			return page(entry, words, reason, FormErrors.none(), model);
		}
		try {
			Entry amended = chronology
				.amend(entryId, new Amendment(words, null, null, null, reason), CurrentPractitioner.get())
				.entry();
			redirect.addFlashAttribute("banner",
					"The entry has been amended. The earlier version stays in the chronology.");
			return "redirect:/children/" + entry.childIds().get(0) + "/chronology#entry-" + amended.id();
		}
		catch (InvalidInput ex) {
			return page(entry, words, reason, FormErrors.none().addAll(ex.problems(), f -> f), model);
		}
		catch (Conflict ex) {
			return page(entry, words, reason, FormErrors.none().add("text", ex.getMessage()), model);
		}
	}

	private Entry openForAmending(UUID entryId) {
		Entry entry = reader.get(entryId);
		Practitioner me = CurrentPractitioner.get();
		if (!entry.agencyId().equals(me.agencyId())) {
			throw new AccessDeniedException("Only the agency that recorded an entry can amend it");
		}
		access.openEntry(entry.childIds(), entry.agencyId(), Channel.PAGE);
		return entry;
	}

	private String page(Entry entry, String text, String reason, FormErrors errors, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("text", text);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("maxText", Chronology.MAX_TEXT);
		return "chronology/amend-entry";
	}

}
