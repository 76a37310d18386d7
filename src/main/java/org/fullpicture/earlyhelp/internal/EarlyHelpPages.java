package org.fullpicture.earlyhelp.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.people.People;
import org.fullpicture.people.FamilyNetwork;
import org.fullpicture.people.Person;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.fullpicture.shared.PageOf;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The early help pages: my episodes, the managers' page, starting an episode, the episode
 * page with its forms, and the closure. Each form posts to its own address; a refused
 * form comes back filled in with the problems.
 */
@PageController
class EarlyHelpPages {

	private final StepUps stepUps;

	private final Episodes episodes;

	private final EpisodeWork work;

	private final EpisodeAccess access;

	private final EpisodeViews views;

	private final People people;

	private final FamilyNetwork familyNetwork;

	private final Practitioners practitioners;

	private final AccessPolicy policy;

	EarlyHelpPages(Episodes episodes, EpisodeWork work, EpisodeAccess access, EpisodeViews views, People people,
			FamilyNetwork familyNetwork, Practitioners practitioners, AccessPolicy policy, StepUps stepUps) {
		this.stepUps = stepUps;
		this.episodes = episodes;
		this.work = work;
		this.access = access;
		this.views = views;
		this.people = people;
		this.familyNetwork = familyNetwork;
		this.practitioners = practitioners;
		this.policy = policy;
	}

	@GetMapping("/early-help")
	String myWork(@RequestParam(defaultValue = "1") int page, Model model) {
		Practitioner me = CurrentPractitioner.get();
		PageOf<Episode> mine = episodes.workedOnBy(me.id(), Math.max(1, page), 25);
		model.addAttribute("episodes", mine.items().stream().map(views::summary).toList());
		model.addAttribute("pager", Pager.of(mine));
		model.addAttribute("names", views.childNames(mine.items()));
		access.listed(mine.items(), Channel.PAGE);
		model.addAttribute("leads", me.id());
		model.addAttribute("overdueActions", work.overdueFor(me.id(), 50));
		model.addAttribute("isManager", access.isManager(me));
		return "earlyhelp/my-work";
	}

	@GetMapping("/early-help/manager")
	String manager(@RequestParam(defaultValue = "1") int page, Model model) {
		access.requireManager(CurrentPractitioner.get());
		PageOf<Episode> unallocated = episodes.unallocated(Math.max(1, page), 25);
		List<Episode> overdue = episodes.reviewsOverdue(50);
		List<Episode> awaiting = episodes.awaitingApproval(50);
		List<Episode> all = new ArrayList<>(unallocated.items());
		all.addAll(overdue);
		all.addAll(awaiting);
		model.addAttribute("unallocated", unallocated.items().stream().map(views::summary).toList());
		model.addAttribute("pager", Pager.of(unallocated));
		model.addAttribute("overdue", overdue.stream().map(views::summary).toList());
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("names", views.childNames(all));
		access.listed(all, Channel.PAGE);
		return "earlyhelp/manager";
	}

	/**
	 * Starting early help; with {@code stepDown}, children's social care stepping the
	 * family down as its involvement closes, its closure summary the episode's reason.
	 */
	@GetMapping("/early-help/episodes/new")
	String start(@RequestParam UUID childId, @RequestParam(defaultValue = "false") boolean stepDown, Model model) {
		Practitioner me = CurrentPractitioner.get();
		Person child = people.get(childId);
		access.requireMayStartFor(List.of(childId), me);
		if (stepDown) {
			access.requireSocialCare(me);
		}
		return startPage(child, stepDown, FormErrors.none(), Map.of(), model);
	}

	@PostMapping("/early-help/episodes")
	String open(@RequestParam MultiValueMap<String, String> form, Model model) {
		Practitioner me = CurrentPractitioner.get();
		List<UUID> children = ids(form.get("childIds"));
		boolean stepDown = "true".equals(form.getFirst("stepDown"));
		access.requireMayStartFor(children, me);
		if (stepDown) {
			access.requireSocialCare(me);
		}
		try {
			Episode episode = stepDown ? episodes.stepDown(children, form.getFirst("closureSummary"), me)
					: episodes.open(children, form.getFirst("reason"), me, null, me.id());
			return "redirect:/early-help/episodes/" + episode.id();
		}
		catch (InvalidInput refused) {
			// the child whose page the form was opened from; a post without one came from
			// no
			// form of ours
			Person child = people.get(ids(form.get("childId")).stream()
				.findFirst()
				.orElseThrow(() -> new NotFound("The child the form was started from")));
			return startPage(child, stepDown, EarlyHelpPages.errors("episode", refused), form.toSingleValueMap(),
					model);
		}
	}

	private String startPage(Person child, boolean stepDown, FormErrors errors, Map<String, String> form, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("siblings", siblings(child));
		model.addAttribute("stepDown", stepDown);
		model.addAttribute("mayStepDown", access.isSocialCare(CurrentPractitioner.get()));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "earlyhelp/start";
	}

	@GetMapping("/early-help/episodes/{id}")
	@Transactional
	String episode(@PathVariable UUID id, Model model) {
		return showEpisode(id, FormErrors.none(), Map.of(), model);
	}

	@PostMapping("/early-help/episodes/{id}/lead-professional")
	String setLead(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		return attempt(id, "lead", form, model, redirect, "The lead professional has been changed",
				() -> episodes.setLead(id, practitionerNamed(form.getFirst("lead-practitionerId"), "practitionerId"),
						form.getFirst("handoverNote"), me));
	}

	@PostMapping("/early-help/episodes/{id}/members")
	String addMember(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		return attempt(id, "member", form, model, redirect, "They have joined the team around the family",
				() -> episodes.addMember(id,
						practitionerNamed(form.getFirst("member-practitionerId"), "practitionerId"),
						form.getFirst("member-part"), me));
	}

	@PostMapping("/early-help/episodes/{id}/members/{memberId}/ending")
	String endMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		episodes.endMember(id, memberId, me);
		redirect.addFlashAttribute("banner", "The membership has ended");
		return "redirect:/early-help/episodes/" + id + "#team";
	}

	@PostMapping("/early-help/episodes/{id}/plan")
	String plan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		List<String> outcomes = form.getFirst("outcomes") == null ? List.of()
				: Arrays.stream(form.getFirst("outcomes").split("\\R")).filter(l -> !l.isBlank()).toList();
		return attempt(id, "plan", form, model, redirect, "The plan has been saved", () -> work.makePlan(id, outcomes,
				integer(form.getFirst("plan-reviewIntervalWeeks"), "reviewIntervalWeeks"), me));
	}

	@PostMapping("/early-help/episodes/{id}/reviews")
	String review(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		List<EpisodeWork.Score> scores = work.outcomes(id)
			.stream()
			.map(o -> new EpisodeWork.Score(o.id(), optionalInteger(form.getFirst("score-" + o.id()))))
			.toList();
		return attempt(id, "review", form, model, redirect, "The review has been recorded",
				() -> work.review(id, work.today(), scores, form.getFirst("whatChanged"), me));
	}

	@PostMapping("/early-help/episodes/{id}/actions")
	String addAction(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		return attempt(id, "action", form, model, redirect, "The action has been added",
				() -> work.addAction(id,
						new EpisodeWork.NewAction(form.getFirst("action-description"),
								practitionerNamed(form.getFirst("action-ownerId"), "ownerId"),
								date(form, "action-dueDate", "dueDate")),
						me));
	}

	@PostMapping("/early-help/episodes/{id}/consent")
	String consent(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		return attempt(id, "consent", form, model, redirect, "The family's consent has been recorded",
				() -> episodes.recordConsent(id, yesNo(form.getFirst("toEarlyHelp")), yesNo(form.getFirst("toSharing")),
						date(form, "consent-decidedOn", "decidedOn"), form.getFirst("note"),
						"yes".equals(form.getFirst("concernsRemain")), me));
	}

	/** A meeting is recorded by its day; lists of people are one name a line. */
	@PostMapping("/early-help/episodes/{id}/meetings")
	String meeting(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		return attempt(id, "meeting", form, model, redirect, "The meeting has been recorded", () -> {
			LocalDate day = date(form, "meeting-heldAt", "heldAt");
			return work.recordMeeting(id,
					new EpisodeWork.NewMeeting(day == null ? null : day.atTime(12, 0).atZone(UkTime.ZONE).toInstant(),
							lines(form.getFirst("attended")), lines(form.getFirst("invitedNotAttended")),
							form.getFirst("childsViews"), form.getFirst("familyViews"), form.getFirst("decisions")),
					me);
		});
	}

	@PostMapping("/early-help/actions/{actionId}/done")
	String actionDone(@PathVariable UUID actionId, RedirectAttributes redirect) {
		UUID episodeId = work.action(actionId).episodeId();
		workingOn(episodeId);
		work.updateAction(actionId, Plans.ActionStatus.DONE, null, null);
		redirect.addFlashAttribute("banner", "The action is marked as done");
		return "redirect:/early-help/episodes/" + episodeId + "#actions";
	}

	@GetMapping("/early-help/episodes/{id}/closure")
	String closeForm(@PathVariable UUID id, Model model) {
		Episode episode = episodes.get(id);
		// the form names the children: opening it is a look at their records
		access.open(episode, CurrentPractitioner.get(), Channel.PAGE);
		return closeForm(episode, FormErrors.none(), Map.of(), model);
	}

	@PostMapping("/early-help/episodes/{id}/closure")
	String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		try {
			ClosureReason reason = form.getFirst("reason") == null ? null
					: ClosureReason.valueOf(form.getFirst("reason"));
			Episode episode = episodes.askToClose(id,
					new ClosureRequest(reason, form.getFirst("summary"), form.getFirst("whatWasTried"),
							form.getFirst("concernsRemaining"), form.getFirst("closure-movedTo")),
					me);
			redirect.addFlashAttribute("banner", episode.status() == EpisodeStatus.CLOSED ? "The episode is closed"
					: "The closure is awaiting a manager's approval; the episode stays open until then");
			return "redirect:/early-help/episodes/" + id;
		}
		catch (InvalidInput refused) {
			return closeForm(episodes.get(id), EarlyHelpPages.errors("closure", refused), form.toSingleValueMap(),
					model);
		}
	}

	@PostMapping("/early-help/episodes/{id}/step-up")
	String stepUp(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = workingOn(id);
		try {
			var made = stepUps.stepUp(id, form.getFirst("stepUp-reason"), me);
			redirect.addFlashAttribute("banner", "The family is stepped up to the front door as contact "
					+ made.reference() + ". The MASH will decide; the episode stays open until you close it.");
			return "redirect:/early-help/episodes/" + id;
		}
		catch (InvalidInput refused) {
			return showEpisode(id, errors("stepUp", refused), form.toSingleValueMap(), model);
		}
		catch (Conflict clash) {
			return showEpisode(id, errors("stepUp", new InvalidInput("reason", clash.getMessage())),
					form.toSingleValueMap(), model);
		}
	}

	@PostMapping("/early-help/episodes/{id}/closure/decision")
	String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		episodes.get(id);
		access.requireManager(me);
		String decision = form.getFirst("approve");
		return attempt(id, "decision", form, model, redirect,
				"true".equals(decision) ? "The closure is approved and the episode is closed"
						: "The closure is refused; the episode stays open",
				() -> episodes.decideClosure(id, decision == null ? null : Boolean.valueOf(decision),
						form.getFirst("note"), me));
	}

	/**
	 * The domain's problems named as the form's fields: each form's ids start with its
	 * name, so forms never clash.
	 */
	static FormErrors errors(String form, InvalidInput refused) {
		// a problem with one item of a list ("outcomes[1]") belongs to the field holding
		// the list
		return FormErrors.none().addAll(refused.problems(), field -> form + "-" + field.replaceAll("\\[.*$", ""));
	}

	/**
	 * Runs a form's change; on refusal shows the episode again with the form's problems
	 * and what was typed.
	 */
	private String attempt(UUID id, String formName, MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, String done, Supplier<?> change) {
		try {
			change.get();
			redirect.addFlashAttribute("banner", done);
			return "redirect:/early-help/episodes/" + id;
		}
		catch (InvalidInput refused) {
			return showEpisode(id, errors(formName, refused), form.toSingleValueMap(), model);
		}
	}

	private String showEpisode(UUID id, FormErrors errors, Map<String, String> form, Model model) {
		Practitioner me = CurrentPractitioner.get();
		Episode episode = episodes.get(id);
		access.open(episode, me, Channel.PAGE);
		EpisodeViews.Detail detail = views.detail(episode);
		model.addAttribute("episode", detail);
		model.addAttribute("chart", ProgressChart.of(detail.outcomes(), detail.reviews()));
		model.addAttribute("planText",
				String.join("\n", detail.outcomes().stream().map(Plans.Outcome::description).toList()));
		model.addAttribute("isManager", access.isManager(me));
		model.addAttribute("names", practitionerNames(detail));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("reasons", ClosureReason.values());
		return "earlyhelp/episode";
	}

	private String closeForm(Episode episode, FormErrors errors, Map<String, String> form, Model model) {
		model.addAttribute("episode", views.detail(episode));
		model.addAttribute("reasons", ClosureReason.values());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "earlyhelp/close";
	}

	private Map<UUID, String> practitionerNames(EpisodeViews.Detail detail) {
		Map<UUID, String> names = new LinkedHashMap<>();
		detail.reviews().forEach(r -> names.computeIfAbsent(r.recordedBy(), views::practitionerName));
		detail.meetings().forEach(m -> names.computeIfAbsent(m.recordedBy(), views::practitionerName));
		detail.stepUps().forEach(s -> names.computeIfAbsent(s.steppedUpBy(), views::practitionerName));
		if (detail.closure() != null) {
			names.computeIfAbsent(detail.closure().askedBy(), views::practitionerName);
			if (detail.closure().decidedBy() != null) {
				names.computeIfAbsent(detail.closure().decidedBy(), views::practitionerName);
			}
		}
		return names;
	}

	private Practitioner workingOn(UUID episodeId) {
		Practitioner me = CurrentPractitioner.get();
		access.requireWorkOn(episodes.get(episodeId), me);
		return me;
	}

	/**
	 * The household's other children the viewer may read, to include in the same episode.
	 */
	private List<Person> siblings(Person child) {
		Practitioner me = CurrentPractitioner.get();
		LocalDate today = views.today();
		return people.findAll(familyNetwork.household(child.id()))
			.stream()
			.filter(p -> !p.id().equals(child.id()) && p.isChildOn(today) && policy.groundsFor(me, p.id()).isFull())
			.toList();
	}

	/** A practitioner chosen by username on a page; the API takes ids. */
	private UUID practitionerNamed(String username, String field) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return practitioners.account(username.strip())
			.map(a -> a.practitioner().id())
			.orElseThrow(() -> new InvalidInput(field, "No practitioner has the username " + username.strip()));
	}

	private static List<UUID> ids(List<String> values) {
		List<UUID> ids = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				try {
					ids.add(UUID.fromString(v));
				}
				catch (IllegalArgumentException ignored) {
					// not an id this page offered: left out, and the input checks say if
					// none is left
				}
			}
		}
		return ids;
	}

	private static Integer integer(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "Enter a whole number of weeks, such as 6");
		}
	}

	private static Boolean yesNo(String value) {
		return value == null ? null : "yes".equals(value);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
	}

	private static Integer optionalInteger(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A GOV.UK date input: three boxes named field.day, field.month and field.year. */
	private static LocalDate date(MultiValueMap<String, String> form, String name, String field) {
		String day = form.getFirst(name + ".day");
		String month = form.getFirst(name + ".month");
		String year = form.getFirst(name + ".year");
		if (EpisodeRules.isBlank(day) && EpisodeRules.isBlank(month) && EpisodeRules.isBlank(year)) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
		}
		catch (RuntimeException ex) {
			throw new InvalidInput(field, "Enter a real date, such as 27 3 2027");
		}
	}

}
