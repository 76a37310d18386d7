package org.fullpicture.signals.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.FormErrors;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The rules and how they behave: how often each fired, how often it was dismissed and
 * why, so that rules can be tuned; administrators change a rule's parameters here, and
 * each change is kept as a new version, then evaluate every child again to apply it to
 * what is already recorded.
 */
@PageController
class RulePages {

	private static final int REFRESH_SECONDS = 5;

	private final RuleBook rules;

	private final SignalStore store;

	private final AccessPolicy policy;

	private final Practitioners practitioners;

	private final EvaluationRuns runs;

	RulePages(RuleBook rules, SignalStore store, AccessPolicy policy, Practitioners practitioners,
			EvaluationRuns runs) {
		this.runs = runs;
		this.rules = rules;
		this.store = store;
		this.policy = policy;
		this.practitioners = practitioners;
	}

	@GetMapping("/signals/rules")
	String rules(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("counts", store.countsByRuleAndStatus());
		model.addAttribute("canChange", policy.canManageSignalRules(CurrentPractitioner.get()));
		return "signals/rules";
	}

	@PostMapping("/signals/evaluations")
	String evaluateEveryone() {
		return "redirect:/signals/evaluations/" + runs.start(manager().id());
	}

	/** How the evaluation is going; the page refreshes itself until it has finished. */
	@GetMapping("/signals/evaluations/{id}")
	String evaluation(@PathVariable UUID id, Model model) {
		manager();
		EvaluationRuns.Progress run = runs.progress(id).orElseThrow(() -> new NotFound("Evaluation " + id));
		model.addAttribute("run", run);
		model.addAttribute("startedBy", practitioners.get(run.startedBy()).displayName());
		model.addAttribute("title", switch (run.status()) {
			case RUNNING -> "Evaluating every child";
			case FINISHED -> "Every child evaluated";
			case FAILED, INTERRUPTED -> "The evaluation stopped";
		});
		if (run.status() == EvaluationRuns.Status.RUNNING) {
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		}
		return "signals/evaluation";
	}

	private Practitioner manager() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canManageSignalRules(me)) {
			throw new AccessDeniedException("Only administrators change rules and evaluate every child");
		}
		return me;
	}

	@GetMapping("/signals/rules/{id}")
	String rule(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		Rule rule = rules.get(id);
		return rulePage(rule, status, page, FormErrors.none(), new Yaml().dumpAsMap(rule.parameters()), "", model);
	}

	@PostMapping("/signals/rules/{id}")
	String change(@PathVariable String id, @RequestParam(defaultValue = "") String parameters,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Model model) {
		Practitioner me = manager();
		Rule rule = rules.get(id);
		try {
			Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(parameters);
			if (!(read instanceof Map<?, ?> map)) {
				throw new InvalidInput("parameters", "Write the parameters as name: value, one a line");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> changed = (Map<String, Object>) map;
			rules.change(id, changed, reason, me);
		}
		catch (YAMLException ex) {
			return rulePage(rule, null, 1,
					FormErrors.none()
						.add("parameters", "The parameters could not be read: write them as name: value, one a line"),
					parameters, reason, model);
		}
		catch (InvalidInput ex) {
			return rulePage(rule, null, 1,
					FormErrors.none().addAll(ex.problems(), f -> f.startsWith("parameters") ? "parameters" : f),
					parameters, reason, model);
		}
		redirect.addFlashAttribute("banner",
				"The rule's parameters are changed: it is now version " + rules.get(id).version()
						+ ". It applies to what is recorded from now on; to apply it to what is "
						+ "already recorded, evaluate every child again from the list of rules.");
		return "redirect:/signals/rules/" + id;
	}

	private String rulePage(Rule rule, String status, Integer page, FormErrors errors, String parameters, String reason,
			Model model) {
		SignalStore.Status chosen = java.util.Arrays.stream(SignalStore.Status.values())
			.filter(s -> s.name().equalsIgnoreCase(status))
			.findFirst()
			.orElse(null);
		int[] paging = PageOf.bounded(page, 25, 25, 25);
		PageOf<SignalStore.Signal> raised = store.byRule(rule.id(), chosen, paging[0], paging[1]);
		List<RuleBook.Change> changes = rules.changes(rule.id());
		model.addAttribute("rule", rule);
		model.addAttribute("counts", store.countsByRuleAndStatus().getOrDefault(rule.id(), Map.of()));
		model.addAttribute("reasons", store.dismissalReasons(rule.id(), 20));
		model.addAttribute("changes", changes);
		model.addAttribute("changedBy",
				changes.stream()
					.map(RuleBook.Change::changedBy)
					.distinct()
					.collect(java.util.stream.Collectors.toMap(p -> p, p -> practitioners.get(p).displayName())));
		model.addAttribute("signals", raised.items());
		model.addAttribute("pager", Pager.of(raised));
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", SignalStore.Status.values());
		model.addAttribute("canChange", policy.canManageSignalRules(CurrentPractitioner.get()));
		model.addAttribute("errors", errors);
		model.addAttribute("parameters", parameters);
		model.addAttribute("reason", reason);
		return "signals/rule";
	}

}
