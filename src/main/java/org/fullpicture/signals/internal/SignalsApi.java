package org.fullpicture.signals.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.fullpicture.signals.Severity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignalsApi {

	record SignalView(UUID id, UUID personId, String ruleId, int ruleVersion, String status, Severity severity,
			Instant raisedAt, List<UUID> evidence, String recommendedAction, String route, UUID routedTo,
			Instant acknowledgedAt, Instant closedAt, String whatWasDone, String dismissalReason) {

		static SignalView of(SignalStore.Signal s) {
			return new SignalView(s.id(), s.personId(), s.ruleId(), s.ruleVersion(), s.status().name(), s.severity(),
					s.raisedAt(), s.evidence().stream().map(Evidence::id).toList(), s.recommendedAction(),
					s.route().name(), s.routedTo(), s.acknowledgedAt(), s.closedAt(), s.whatWasDone(),
					s.dismissalReason());
		}

	}

	record SignalList(List<SignalView> signals) {
	}

	record SignalPage(List<SignalView> signals, int page, int size, long total, int totalPages) {
	}

	record Action(String whatWasDone) {
	}

	record Dismissal(String reason) {
	}

	record RuleView(String id, int version, String title, String kind, Severity severity, String route,
			String description, String why, Map<String, Object> parameters, String recommendedAction) {

		static RuleView of(Rule r) {
			return new RuleView(r.id(), r.version(), r.title(), r.kind().name(), r.severity(), r.route().name(),
					r.description(), r.why(), r.parameters(), r.recommendedAction());
		}

	}

	record RuleList(List<RuleView> rules) {
	}

	record RuleChange(Map<String, Object> parameters, String reason) {
	}

	record Counts(int children, int signalsRaised, long durationMillis) {

		static Counts of(EvaluationRuns.Counts c) {
			return new Counts(c.children(), c.signalsRaised(), c.took().toMillis());
		}

	}

	private final Signals signals;

	private final SignalStore store;

	private final RuleBook rules;

	private final EvaluationRuns runs;

	private final AccessPolicy policy;

	private final RecordAccess access;

	SignalsApi(Signals signals, SignalStore store, RuleBook rules, EvaluationRuns runs, AccessPolicy policy,
			RecordAccess access) {
		this.access = access;
		this.signals = signals;
		this.store = store;
		this.rules = rules;
		this.runs = runs;
		this.policy = policy;
	}

	/**
	 * The child's signals, newest first, for those who may read the child's chronology.
	 */
	@GetMapping("/api/v1/people/{id}/signals")
	SignalList ofChild(@PathVariable UUID id) {
		return new SignalList(signals.ofChild(id, Channel.API).stream().map(SignalView::of).toList());
	}

	/**
	 * Signals routed to me (and, in the MASH, to the MASH): open ones unless
	 * {@code status=all}.
	 */
	@GetMapping("/api/v1/signals")
	SignalPage mine(@RequestParam(defaultValue = "open") String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Practitioner me = CurrentPractitioner.get();
		int[] paging = PageOf.bounded(page, size, 50, 200);
		PageOf<SignalStore.Signal> found = store.routedTo(me.id(), me.has(Role.MASH), !"all".equals(status), paging[0],
				paging[1]);
		access.listed(found.items().stream().map(SignalStore.Signal::personId).distinct().toList(),
				AuditAction.LISTED_IN_WORK_LIST, Channel.API);
		return new SignalPage(found.items().stream().map(SignalView::of).toList(), found.page(), found.size(),
				found.total(), found.totalPages());
	}

	@GetMapping("/api/v1/signals/{id}")
	SignalView get(@PathVariable UUID id) {
		return SignalView.of(signals.open(id, Channel.API));
	}

	@PostMapping("/api/v1/signals/{id}/acknowledge")
	SignalView acknowledge(@PathVariable UUID id) {
		return SignalView.of(signals.acknowledge(id, CurrentPractitioner.get(), Channel.API));
	}

	@PostMapping("/api/v1/signals/{id}/action")
	SignalView action(@PathVariable UUID id, @RequestBody Action action) {
		return SignalView.of(signals.action(id, action.whatWasDone(), CurrentPractitioner.get(), Channel.API));
	}

	@PostMapping("/api/v1/signals/{id}/dismiss")
	SignalView dismiss(@PathVariable UUID id, @RequestBody Dismissal dismissal) {
		return SignalView.of(signals.dismiss(id, dismissal.reason(), CurrentPractitioner.get(), Channel.API));
	}

	record EvaluationStarted(UUID id) {
	}

	/**
	 * Evaluates every rule, the clock rules included, for one child now (200, with what
	 * it did), or for every child in the background (202, with where to follow it: a
	 * whole town takes minutes). Administrators.
	 */
	@PostMapping("/api/v1/signals/evaluation")
	ResponseEntity<Object> evaluate(@RequestParam(required = false) UUID personId) {
		Practitioner me = mayManage();
		if (personId != null) {
			return ResponseEntity.ok(Counts.of(runs.one(personId)));
		}
		UUID id = runs.start(me.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/signals/evaluations/" + id))
			.body(new EvaluationStarted(id));
	}

	/**
	 * How an evaluation of every child is going: children so far, and when it finished.
	 */
	@GetMapping("/api/v1/signals/evaluations/{id}")
	EvaluationRuns.Progress evaluation(@PathVariable UUID id) {
		mayManage();
		return runs.progress(id).orElseThrow(() -> new NotFound("Evaluation " + id));
	}

	@GetMapping("/api/v1/rules")
	RuleList rules() {
		return new RuleList(rules.all().stream().map(RuleView::of).toList());
	}

	@GetMapping("/api/v1/rules/{id}")
	RuleView rule(@PathVariable String id) {
		return RuleView.of(rules.get(id));
	}

	/**
	 * A new version of the rule with these parameters; the change and its reason are
	 * kept. Administrators.
	 */
	@PutMapping("/api/v1/rules/{id}")
	ResponseEntity<RuleView> change(@PathVariable String id, @RequestBody RuleChange change) {
		Practitioner me = mayManage();
		Rule changed = rules.change(id, change.parameters(), change.reason(), me);
		return ResponseEntity.ok().location(URI.create("/api/v1/rules/" + id)).body(RuleView.of(changed));
	}

	private Practitioner mayManage() {
		Practitioner me = CurrentPractitioner.get();
		if (!policy.canManageSignalRules(me)) {
			throw new AccessDeniedException("Only administrators change rules and evaluate every child");
		}
		return me;
	}

}
