package org.fullpicture.signals.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.ChronologyReader;
import org.fullpicture.chronology.Entry;
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
 * My signals, one signal with its evidence and what to do about it, a child's signal
 * history, and missing episodes.
 */
@PageController
class SignalPages {

	/**
	 * One piece of evidence as the reader may see it: the entry, or only that there is
	 * one they may not see.
	 */
	public record EvidenceRow(Evidence evidence, Entry entry) {
	}

	private final Signals signals;

	private final SignalStore store;

	private final RuleBook rules;

	private final People people;

	private final ChronologyReader chronology;

	private final MissingEpisodes missing;

	private final AccessPolicy policy;

	private final RecordAccess access;

	private final Clock clock;

	SignalPages(Signals signals, SignalStore store, RuleBook rules, People people, ChronologyReader chronology,
			MissingEpisodes missing, AccessPolicy policy, RecordAccess access, Clock clock) {
		this.access = access;
		this.signals = signals;
		this.store = store;
		this.rules = rules;
		this.people = people;
		this.chronology = chronology;
		this.missing = missing;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/signals")
	String mine(@RequestParam(defaultValue = "open") String show, @RequestParam(required = false) Integer page,
			Model model) {
		Practitioner me = CurrentPractitioner.get();
		boolean openOnly = !"all".equals(show);
		int[] paging = PageOf.bounded(page, 25, 25, 25);
		PageOf<SignalStore.Signal> found = store.routedTo(me.id(), me.has(Role.MASH), openOnly, paging[0], paging[1]);
		model.addAttribute("signals", found.items());
		model.addAttribute("names", names(found.items().stream().map(SignalStore.Signal::personId).toList()));
		model.addAttribute("titles", titles());
		model.addAttribute("pager", Pager.of(found));
		model.addAttribute("openOnly", openOnly);
		return "signals/my-signals";
	}

	@GetMapping("/signals/{id}")
	String signal(@PathVariable UUID id, Model model) {
		return signalPage(signals.open(id, Channel.PAGE), FormErrors.none(), "", "", model);
	}

	@PostMapping("/signals/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect, Model model) {
		try {
			signals.acknowledge(id, CurrentPractitioner.get(), Channel.PAGE);
		}
		catch (Conflict ex) {
			return signalPage(signals.open(id, Channel.PAGE), FormErrors.none().add("status", ex.getMessage()), "", "",
					model);
		}
		redirect.addFlashAttribute("banner", "You have acknowledged the signal");
		return "redirect:/signals/" + id;
	}

	@PostMapping("/signals/{id}/action")
	String action(@PathVariable UUID id, @RequestParam(defaultValue = "") String whatWasDone,
			RedirectAttributes redirect, Model model) {
		try {
			signals.action(id, whatWasDone, CurrentPractitioner.get(), Channel.PAGE);
		}
		catch (InvalidInput | Conflict ex) {
			return signalPage(signals.open(id, Channel.PAGE), errors(ex, "whatWasDone"), whatWasDone, "", model);
		}
		redirect.addFlashAttribute("banner", "The signal is recorded as actioned");
		return "redirect:/signals/" + id;
	}

	@PostMapping("/signals/{id}/dismiss")
	String dismiss(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Model model) {
		try {
			signals.dismiss(id, reason, CurrentPractitioner.get(), Channel.PAGE);
		}
		catch (InvalidInput | Conflict ex) {
			return signalPage(signals.open(id, Channel.PAGE), errors(ex, "reason"), "", reason, model);
		}
		redirect.addFlashAttribute("banner", "The signal is dismissed");
		return "redirect:/signals/" + id;
	}

	@GetMapping("/children/{id}/signals")
	String ofChild(@PathVariable UUID id, Model model) {
		Person child = people.get(id);
		List<SignalStore.Signal> history = signals.ofChild(id, Channel.PAGE);
		model.addAttribute("child", child);
		model.addAttribute("signals", history);
		model.addAttribute("titles", titles());
		model.addAttribute("episodes", missing.of(id));
		model.addAttribute("now", clock.instant());
		return "signals/child-signals";
	}

	@GetMapping("/missing-episodes")
	String missingEpisodes(Model model) {
		Practitioner me = CurrentPractitioner.get();
		// each child's episodes are shown only to those who may read that child's record
		List<MissingEpisodes.Episode> shown = new ArrayList<>();
		int hidden = 0;
		for (MissingEpisodes.Episode e : missing.recent(200)) {
			if (policy.groundsFor(me, e.personId()).isFull()) {
				shown.add(e);
			}
			else {
				hidden++;
			}
		}
		model.addAttribute("episodes", shown);
		model.addAttribute("hidden", hidden);
		model.addAttribute("names", names(shown.stream().map(MissingEpisodes.Episode::personId).toList()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("months", policy.canReadPracticeReports(me) ? missing.byMonth() : null);
		return "signals/missing-episodes";
	}

	private String signalPage(SignalStore.Signal signal, FormErrors errors, String whatWasDone, String reason,
			Model model) {
		Practitioner me = CurrentPractitioner.get();
		List<EvidenceRow> evidence = new ArrayList<>();
		for (Evidence e : signal.evidence()) {
			Optional<Entry> entry = e.kind() == Evidence.Kind.ENTRY ? chronology.find(e.id()) : Optional.empty();
			evidence.add(new EvidenceRow(e, entry.filter(found -> chronology.isVisibleTo(found, me)).orElse(null)));
		}
		model.addAttribute("signal", signal);
		model.addAttribute("rule", rules.find(signal.ruleId()).orElse(null));
		model.addAttribute("child", people.get(signal.personId()));
		model.addAttribute("evidence", evidence);
		model.addAttribute("errors", errors);
		model.addAttribute("whatWasDone", whatWasDone);
		model.addAttribute("reason", reason);
		return "signals/signal";
	}

	private static FormErrors errors(RuntimeException ex, String field) {
		if (ex instanceof InvalidInput invalid) {
			return FormErrors.none().addAll(invalid.problems(), f -> f);
		}
		return FormErrors.none().add(field, ex.getMessage());
	}

	/**
	 * Names of the children on the page: every signal listed is routed to the reader, who
	 * works with the child.
	 */
	/** The children named in a list: each is a look at that child, audited. */
	private Map<UUID, String> names(List<UUID> children) {
		access.listed(children, AuditAction.LISTED_IN_WORK_LIST, Channel.PAGE);
		return people.findAll(children.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
	}

	private Map<String, String> titles() {
		Map<String, String> titles = new LinkedHashMap<>();
		rules.all().forEach(r -> titles.put(r.id(), r.title()));
		return titles;
	}

}
