package org.fullpicture.chronology.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.Grounds;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.Entry;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.chronology.SummaryChecks;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.Person;
import org.fullpicture.recording.Finding;
import org.fullpicture.recording.PlainLanguageCheck;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.Drafts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.Formats;
import org.fullpicture.web.PageController;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Record information about a child: the form, its server-side draft, and the entry it
 * adds to the chronology.
 */
@PageController
class RecordEntryController {

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final Chronology chronology;

	private final ChronologyReader reader;

	private final RecordAccess access;

	private final AccessPolicy policy;

	private final Drafts drafts;

	private final Clock clock;

	private final PlainLanguageCheck plainLanguage;

	private final SummaryChecks summaryChecks;

	private final Formats formats;

	RecordEntryController(People people, FamilyNetwork familyNetwork, Chronology chronology, ChronologyReader reader,
			RecordAccess access, AccessPolicy policy, Drafts drafts, Clock clock, PlainLanguageCheck plainLanguage,
			SummaryChecks summaryChecks, Formats formats) {
		this.plainLanguage = plainLanguage;
		this.summaryChecks = summaryChecks;
		this.formats = formats;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.chronology = chronology;
		this.reader = reader;
		this.access = access;
		this.policy = policy;
		this.drafts = drafts;
		this.clock = clock;
	}

	static String draftKey(UUID childId) {
		return "record-" + childId;
	}

	@GetMapping("/children/{id}/record")
	String form(@PathVariable UUID id, @RequestParam(name = "restore-draft", required = false) String restore,
			Model model) {
		Person child = people.get(id);
		// the form shows the household's children: opening it is a view of the record
		Grounds grounds = access.open(id, Channel.PAGE);
		Practitioner me = CurrentPractitioner.get();
		var draft = drafts.find(me.id(), draftKey(id));
		RecordEntryForm form = RecordEntryForm.today(LocalDate.now(clock));
		if (restore != null && draft.isPresent()) {
			bind(form, draft.get());
			model.addAttribute("restored", true);
		}
		else {
			draft.ifPresent(d -> model.addAttribute("draft", d));
		}
		return page(child, grounds, form, FormErrors.none(), model);
	}

	@PostMapping("/children/{id}/record")
	String record(@PathVariable UUID id, @ModelAttribute("form") RecordEntryForm form, Model model,
			RedirectAttributes redirect) {
		Person child = people.get(id);
		Practitioner me = CurrentPractitioner.get();
		FormErrors errors = form.problems();
		if (errors.isEmpty()) {
			NewEntry entry = form.toNewEntry(id);
			SummaryChecks.Advice advice = summaryChecks.check(entry.type(), entry.text(), entry.childIds(), me, null,
					Channel.PAGE);
			if (form.isQuoteSourceWords()) {
				form.setText(form.getText() + quotations(advice));
				form.setQuoteSourceWords(false);
				return page(child, policy.groundsFor(me, id), form, errors, model);
			}
			// words are checked once the entry is otherwise complete (an entry without a
			// type is refused below)
			List<Finding> findings = entry.type() == null ? List.of()
					: plainLanguage.check(entry.text(), Chronology.contextOf(entry.type()));
			if (!form.isWordsChecked() && !(findings.isEmpty() && advice.isEmpty())) {
				// advice, not a refusal: the same words can be recorded on the next
				// submission
				form.setWordsChecked(true);
				model.addAttribute("findings", findings);
				model.addAttribute("advice", advice);
				return page(child, policy.groundsFor(me, id), form, errors, model);
			}
			try {
				chronology.record(entry, me, form.getSubmissionKey());
				drafts.delete(me.id(), draftKey(id));
				// a flash message waits in the session table: no child's name in it
				redirect.addFlashAttribute("banner", "Your information has been recorded in the child's chronology");
				return "redirect:/children/" + id + "/chronology";
			}
			catch (InvalidInput ex) {
				errors.addAll(ex.problems(), RecordEntryForm::formField);
			}
			catch (Conflict ex) {
				errors.add("text", ex.getMessage());
			}
		}
		return page(child, policy.groundsFor(me, id), form, errors, model);
	}

	/**
	 * The source words a summary lost, as quotations to add to it, each saying where it
	 * came from.
	 */
	private String quotations(SummaryChecks.Advice advice) {
		StringBuilder quotes = new StringBuilder();
		for (var lost : advice.dilution()) {
			Entry source = reader.get(UUID.fromString(lost.entryId()));
			quotes.append("\n\n")
				.append(source.agencyName())
				.append(" recorded on ")
				.append(formats.date(source.occurredAt()))
				.append(": \"")
				.append(lost.sourceWords())
				.append("\"");
		}
		return quotes.toString();
	}

	private String page(Person child, Grounds grounds, RecordEntryForm form, FormErrors errors, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Person> siblings = grounds.isFull() ? people.findAll(familyNetwork.household(child.id()))
			.stream()
			.filter(p -> !p.id().equals(child.id()) && p.isChildOn(today))
			.toList() : List.of();
		model.addAttribute("child", child);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("siblings", siblings);
		model.addAttribute("types", EntryType.values());
		model.addAttribute("sources", Source.values());
		model.addAttribute("sensitivities", Sensitivity.values());
		model.addAttribute("factorGroups", FactorGroups.all());
		// groups with a chosen factor stay open, so a refilled form shows what was chosen
		model.addAttribute("openGroups",
				FactorGroups.all()
					.stream()
					.filter(g -> g.factors().stream().anyMatch(f -> form.getFactors().contains(f.code())))
					.map(FactorGroups.Group::heading)
					.toList());
		model.addAttribute("maxText", Chronology.MAX_TEXT);
		model.addAttribute("draftKey", draftKey(child.id()));
		return "chronology/record-information";
	}

	/**
	 * Fills the form from a saved draft, exactly as the browser would have submitted it.
	 */
	static void bind(RecordEntryForm form, Drafts.Draft draft) {
		MutablePropertyValues properties = new MutablePropertyValues();
		// as a request does: one value alone, several as an array
		draft.values()
			.forEach(
					(name, list) -> properties.add(name, list.size() == 1 ? list.get(0) : list.toArray(String[]::new)));
		DataBinder binder = new DataBinder(form);
		binder.setAllowedFields("type", "occurredOn.*", "occurredTime", "text", "factors", "source", "sensitivity",
				"alsoAbout", "submissionKey");
		binder.bind(properties);
	}

}
