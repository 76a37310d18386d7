package org.fullpicture.signals.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page forms of a missing episode: reporting a child missing, their return, and the
 * return home interview. Each form shows the child's name, so opening it is audited; a
 * form with problems comes back filled in, with the problems summarised.
 */
@PageController
class MissingEpisodePages {

	/** Dates and times as people type them: day/month/year hours:minutes. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String TIME_HINT = "For example, 27/11/2026 14:30";

	private static final List<String> REPORT_FIELDS = List.of("missingAt", "lastSeen", "risk");

	private static final List<String> RETURN_FIELDS = List.of("returnedAt", "foundAt", "foundWith");

	private static final List<String> INTERVIEW_FIELDS = List.of("offeredAt", "outcome", "conductedAt", "conductedBy",
			"independent", "pushFactors", "pullFactors", "exploitationIndicators", "findings");

	private final MissingEpisodes episodes;

	private final People people;

	private final RecordAccess access;

	MissingEpisodePages(MissingEpisodes episodes, People people, RecordAccess access) {
		this.episodes = episodes;
		this.people = people;
		this.access = access;
	}

	@GetMapping("/children/{id}/missing-episodes/new")
	String reportForm(@PathVariable UUID id, Model model) {
		return reportPage(open(id), FormErrors.none(), blank(REPORT_FIELDS), model);
	}

	@PostMapping("/children/{id}/missing-episodes")
	String report(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect,
			Model model) {
		Map<String, String> form = filled(REPORT_FIELDS, params);
		List<FieldProblem> typed = new ArrayList<>();
		Instant missingAt = time(typed, form, "missingAt", "when the child went missing");
		FormErrors errors = attempt(typed,
				() -> episodes.report(new MissingEpisodes.Report(id, missingAt, form.get("lastSeen"), form.get("risk")),
						CurrentPractitioner.get()));
		if (!errors.isEmpty()) {
			return reportPage(open(id), errors, form, model);
		}
		redirect.addFlashAttribute("banner", "The missing episode is recorded");
		return "redirect:/missing-episodes";
	}

	@GetMapping("/missing-episodes/{id}/return")
	String returnForm(@PathVariable UUID id, Model model) {
		return episodePage("return", id, FormErrors.none(), blank(RETURN_FIELDS), model);
	}

	@PostMapping("/missing-episodes/{id}/return")
	String returned(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect,
			Model model) {
		Map<String, String> form = filled(RETURN_FIELDS, params);
		List<FieldProblem> typed = new ArrayList<>();
		Instant returnedAt = time(typed, form, "returnedAt", "when the child came back");
		FormErrors errors = attempt(typed,
				() -> episodes.returned(id,
						new MissingEpisodes.ReturnReport(returnedAt, form.get("foundAt"), form.get("foundWith")),
						CurrentPractitioner.get()));
		if (!errors.isEmpty()) {
			return episodePage("return", id, errors, form, model);
		}
		redirect.addFlashAttribute("banner",
				"The return is recorded: the return home interview is due within 72 hours");
		return "redirect:/missing-episodes";
	}

	@GetMapping("/missing-episodes/{id}/return-interview")
	String interviewForm(@PathVariable UUID id, Model model) {
		return episodePage("return-interview", id, FormErrors.none(), blank(INTERVIEW_FIELDS), model);
	}

	@PostMapping("/missing-episodes/{id}/return-interview")
	String interview(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect,
			Model model) {
		Map<String, String> form = filled(INTERVIEW_FIELDS, params);
		List<FieldProblem> typed = new ArrayList<>();
		Instant offeredAt = time(typed, form, "offeredAt", "when the interview was offered");
		boolean accepted = "ACCEPTED".equals(form.get("outcome"));
		Instant conductedAt = accepted ? time(typed, form, "conductedAt", "when the interview took place") : null;
		FormErrors errors = attempt(typed, () -> episodes.interview(id,
				new MissingEpisodes.Interview(offeredAt, form.get("outcome"), conductedAt, form.get("conductedBy"),
						"yes".equals(form.get("independent")), form.get("pushFactors"), form.get("pullFactors"),
						form.get("exploitationIndicators"), form.get("findings")),
				CurrentPractitioner.get()));
		if (!errors.isEmpty()) {
			return episodePage("return-interview", id, errors, form, model);
		}
		redirect.addFlashAttribute("banner", "The return home interview is recorded");
		return "redirect:/missing-episodes";
	}

	private Person open(UUID childId) {
		Person child = people.get(childId);
		access.open(childId, Channel.PAGE);
		return child;
	}

	private String reportPage(Person child, FormErrors errors, Map<String, String> form, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("timeHint", TIME_HINT);
		return "signals/missing-report";
	}

	private String episodePage(String which, UUID id, FormErrors errors, Map<String, String> form, Model model) {
		MissingEpisodes.Episode episode = episodes.toUpdate(id, CurrentPractitioner.get());
		model.addAttribute("episode", episode);
		model.addAttribute("child", open(episode.personId()));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("timeHint", TIME_HINT);
		return "signals/missing-" + which;
	}

	/**
	 * Runs the change; the problems of what was typed and those the change found, each
	 * field once.
	 */
	private static FormErrors attempt(List<FieldProblem> typed, Runnable change) {
		List<FieldProblem> problems = new ArrayList<>(typed);
		Consumer<List<FieldProblem>> more = found -> found.stream()
			.filter(p -> typed.stream().noneMatch(t -> t.field().equals(p.field())))
			.forEach(problems::add);
		try {
			change.run();
		}
		catch (InvalidInput ex) {
			more.accept(ex.problems());
		}
		catch (Conflict ex) {
			more.accept(List.of(new FieldProblem(ex.field(), ex.getMessage())));
		}
		return FormErrors.none().addAll(problems, f -> f);
	}

	/** A typed date and time, UK time; empty is left to the change to name. */
	private static Instant time(List<FieldProblem> problems, Map<String, String> form, String field, String what) {
		String typed = form.get(field).strip();
		if (typed.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.replaceAll("\\s+", " "), TYPED).atZone(UkTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field,
					"Enter " + what + " as a date and time in the form day/month/year hours:minutes"));
			return null;
		}
	}

	private static Map<String, String> blank(List<String> fields) {
		return filled(fields, Map.of());
	}

	private static Map<String, String> filled(List<String> fields, Map<String, String> params) {
		Map<String, String> form = new LinkedHashMap<>();
		fields.forEach(f -> form.put(f, params.getOrDefault(f, "")));
		return form;
	}

}
