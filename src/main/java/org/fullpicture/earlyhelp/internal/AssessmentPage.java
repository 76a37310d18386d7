package org.fullpicture.earlyhelp.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.chronology.Factors;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.web.Drafts;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The early help assessment page: prefilled with its sources, saved as a draft, completed
 * through the checks. The page's script also keeps what is typed between saves (as every
 * form does, through {@link Drafts}), offered back on return.
 */
@PageController
class AssessmentPage {

	private final Episodes episodes;

	private final Assessments assessments;

	private final EpisodeAccess access;

	private final EpisodeViews views;

	private final Drafts drafts;

	AssessmentPage(Episodes episodes, Assessments assessments, EpisodeAccess access, EpisodeViews views,
			Drafts drafts) {
		this.episodes = episodes;
		this.assessments = assessments;
		this.access = access;
		this.views = views;
		this.drafts = drafts;
	}

	static String draftKey(UUID episodeId) {
		return "assessment-" + episodeId;
	}

	@GetMapping("/early-help/episodes/{id}/assessment")
	@Transactional
	String show(@PathVariable UUID id, @RequestParam(name = "restore-draft", required = false) String restore,
			Model model) {
		Practitioner me = CurrentPractitioner.get();
		Episode episode = episodes.get(id);
		access.open(episode, me, Channel.PAGE);
		Assessments.Assessment assessment = assessments.of(episode, me);
		// what the page's script saved after the last "Save as draft", if anything
		Optional<Drafts.Draft> unsaved = drafts.find(me.id(), draftKey(id))
			.filter(d -> assessment.status() != Assessments.Status.COMPLETED)
			.filter(d -> assessment.savedAt() == null || d.savedAt().isAfter(assessment.savedAt()));
		if (restore != null && unsaved.isPresent()) {
			model.addAttribute("restored", true);
			return page(episode, assessment, text(unsaved.get().values()), FormErrors.none(), model);
		}
		unsaved.ifPresent(d -> model.addAttribute("draft", d));
		return page(episode, assessment, assessment.text(), FormErrors.none(), model);
	}

	@PostMapping("/early-help/episodes/{id}/assessment")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		Episode episode = episodes.requireOpen(id);
		access.requireWorkOn(episode, me);
		Assessments.Text text = text(form);
		try {
			assessments.saveDraft(episode, text, me);
			drafts.delete(me.id(), draftKey(id));
			if (action.equals("complete")) {
				assessments.complete(episode, me, Channel.PAGE);
				redirect.addFlashAttribute("banner",
						"The assessment is completed and written in the children's chronology");
				return "redirect:/early-help/episodes/" + id;
			}
			redirect.addFlashAttribute("banner", "Your draft has been saved");
			return "redirect:/early-help/episodes/" + id + "/assessment";
		}
		catch (InvalidInput refused) {
			return page(episode, assessments.of(episode, me), text, EarlyHelpPages.errors("assessment", refused),
					model);
		}
	}

	private String page(Episode episode, Assessments.Assessment assessment, Assessments.Text text, FormErrors errors,
			Model model) {
		model.addAttribute("episodeId", episode.id());
		model.addAttribute("childNames", views.childNames(List.of(episode)).get(episode.id()));
		model.addAttribute("assessment", assessment);
		Assessments.Prefilled prefilled = assessment.prefilled();
		model.addAttribute("sources", java.util.stream.Stream
			.of(prefilled.involvements(), prefilled.familyNetwork(), prefilled.factors(), prefilled.recentEntries())
			.flatMap(List::stream)
			.toList());
		model.addAttribute("text", text);
		model.addAttribute("factors", Factors.all());
		model.addAttribute("errors", errors);
		model.addAttribute("draftKey", draftKey(episode.id()));
		return "earlyhelp/assessment";
	}

	private static Assessments.Text text(MultiValueMap<String, String> form) {
		return new Assessments.Text(form.getFirst("childsDevelopment"), form.getFirst("parentingCapacity"),
				form.getFirst("familyAndEnvironment"), form.getFirst("childsWords"), form.getFirst("familyView"),
				form.getFirst("strengths"), factors(form.get("assessment-factors")), form.getFirst("analysis"));
	}

	private static List<String> factors(List<String> chosen) {
		return chosen == null ? List.of()
				: chosen.stream().flatMap(c -> Arrays.stream(c.split("[ ,]+"))).filter(c -> !c.isBlank()).toList();
	}

}
