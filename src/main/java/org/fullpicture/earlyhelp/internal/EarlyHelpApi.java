package org.fullpicture.earlyhelp.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Early help episodes over JSON: each call checks who may see or change the episode
 * before anything else.
 */
@RestController
class EarlyHelpApi {

	record NewEpisode(List<UUID> childIds, String reason) {
	}

	record LeadProfessional(UUID practitionerId, String handoverNote) {
	}

	record NewMember(UUID practitionerId, String part) {
	}

	record NewConsent(Boolean toEarlyHelp, Boolean toSharing, LocalDate decidedOn, String note,
			Boolean concernsRemain) {
	}

	record NewPlan(List<String> outcomes, Integer reviewIntervalWeeks) {
	}

	record NewReview(LocalDate heldOn, List<EpisodeWork.Score> scores, String whatChanged) {
	}

	record ActionChange(Plans.ActionStatus status, UUID ownerId, LocalDate dueDate) {
	}

	record ClosureDecision(Boolean approve, String note) {
	}

	record StepUpRequest(String reason) {
	}

	record StepDown(List<UUID> childIds, String closureSummary) {
	}

	record EpisodeList(List<EpisodeViews.Summary> episodes, int page, int size, long totalEpisodes, int totalPages) {
	}

	private final Episodes episodes;

	private final EpisodeWork work;

	private final Assessments assessments;

	private final EpisodeAccess access;

	private final EpisodeViews views;

	private final StepUps stepUps;

	EarlyHelpApi(Episodes episodes, EpisodeWork work, Assessments assessments, EpisodeAccess access, EpisodeViews views,
			StepUps stepUps) {
		this.stepUps = stepUps;
		this.episodes = episodes;
		this.work = work;
		this.assessments = assessments;
		this.access = access;
		this.views = views;
	}

	@PostMapping("/api/v1/early-help/episodes")
	ResponseEntity<EpisodeViews.Detail> open(@RequestBody NewEpisode input) {
		Practitioner me = CurrentPractitioner.get();
		access.requireMayStartFor(input.childIds(), me);
		Episode episode = episodes.open(input.childIds(), input.reason(), me, null, me.id());
		return ResponseEntity.created(URI.create("/api/v1/early-help/episodes/" + episode.id()))
			.body(views.detail(episode));
	}

	/**
	 * Children's social care closes its involvement and steps the family down: an
	 * unallocated episode opens with what social care leaves for early help as its
	 * reason.
	 */
	@PostMapping("/api/v1/early-help/step-downs")
	ResponseEntity<EpisodeViews.Detail> stepDown(@RequestBody StepDown input) {
		Practitioner me = CurrentPractitioner.get();
		access.requireSocialCare(me);
		access.requireMayStartFor(input.childIds(), me);
		Episode episode = episodes.stepDown(input.childIds(), input.closureSummary(), me);
		return ResponseEntity.created(URI.create("/api/v1/early-help/episodes/" + episode.id()))
			.body(views.detail(episode));
	}

	@GetMapping("/api/v1/early-help/episodes/{id}")
	@Transactional
	EpisodeViews.Detail get(@PathVariable UUID id) {
		Episode episode = episodes.get(id);
		access.open(episode, CurrentPractitioner.get(), Channel.API);
		return views.detail(episode);
	}

	/**
	 * Unallocated episodes are the managers' list; otherwise the caller's own (led, or in
	 * the team).
	 */
	@GetMapping("/api/v1/early-help/episodes")
	EpisodeList list(@RequestParam(defaultValue = "false") boolean unallocated,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Practitioner me = CurrentPractitioner.get();
		int[] paging = PageOf.bounded(page, size, 25, 200);
		if (unallocated && mine) {
			throw new InvalidInput("unallocated", "Ask for unallocated episodes or for your own, not both");
		}
		PageOf<Episode> found;
		if (unallocated) {
			access.requireManager(me);
			found = episodes.unallocated(paging[0], paging[1]);
		}
		else if (mine) {
			found = episodes.ledBy(me.id(), paging[0], paging[1]);
		}
		else {
			found = episodes.workedOnBy(me.id(), paging[0], paging[1]);
		}
		access.listed(found.items(), Channel.API);
		return new EpisodeList(found.items().stream().map(views::summary).toList(), found.page(), found.size(),
				found.total(), found.totalPages());
	}

	@PutMapping("/api/v1/early-help/episodes/{id}/lead-professional")
	EpisodeViews.Detail setLead(@PathVariable UUID id, @RequestBody LeadProfessional input) {
		Practitioner me = workingOn(id);
		return views.detail(episodes.setLead(id, input.practitionerId(), input.handoverNote(), me));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/members")
	ResponseEntity<EpisodeViews.MemberView> addMember(@PathVariable UUID id, @RequestBody NewMember input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(views.member(episodes.addMember(id, input.practitionerId(), input.part(), me)));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/members/{memberId}/ending")
	EpisodeViews.MemberView endMember(@PathVariable UUID id, @PathVariable UUID memberId) {
		Practitioner me = workingOn(id);
		return views.member(episodes.endMember(id, memberId, me));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/consent")
	ResponseEntity<Team.Consent> consent(@PathVariable UUID id, @RequestBody NewConsent input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(episodes.recordConsent(id, input.toEarlyHelp(), input.toSharing(), input.decidedOn(), input.note(),
					input.concernsRemain(), me));
	}

	@GetMapping("/api/v1/early-help/episodes/{id}/assessment")
	@Transactional
	Assessments.Assessment assessment(@PathVariable UUID id) {
		Episode episode = episodes.get(id);
		Practitioner me = CurrentPractitioner.get();
		access.open(episode, me, Channel.API);
		return assessments.of(episode, me);
	}

	@PutMapping("/api/v1/early-help/episodes/{id}/assessment")
	Assessments.Assessment saveAssessment(@PathVariable UUID id, @RequestBody Assessments.Text text) {
		Practitioner me = workingOn(id);
		return assessments.saveDraft(episodes.requireOpen(id), text, me);
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/assessment/completion")
	Assessments.Completed completeAssessment(@PathVariable UUID id) {
		Practitioner me = workingOn(id);
		return assessments.complete(episodes.requireOpen(id), me, Channel.API);
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/plan")
	ResponseEntity<EpisodeViews.Detail> plan(@PathVariable UUID id, @RequestBody NewPlan input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(views.detail(work.makePlan(id, input.outcomes(), input.reviewIntervalWeeks(), me)));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/reviews")
	ResponseEntity<Plans.Review> review(@PathVariable UUID id, @RequestBody NewReview input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(work.review(id, input.heldOn(), input.scores(), input.whatChanged(), me));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/meetings")
	ResponseEntity<Plans.Meeting> meeting(@PathVariable UUID id, @RequestBody EpisodeWork.NewMeeting input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED).body(work.recordMeeting(id, input, me));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/actions")
	ResponseEntity<EpisodeViews.ActionView> action(@PathVariable UUID id, @RequestBody EpisodeWork.NewAction input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.action(work.addAction(id, input, me)));
	}

	@PatchMapping("/api/v1/actions/{id}")
	EpisodeViews.ActionView changeAction(@PathVariable UUID id, @RequestBody ActionChange input) {
		workingOn(work.action(id).episodeId());
		return views.action(work.updateAction(id, input.status(), input.ownerId(), input.dueDate()));
	}

	/**
	 * 200 and CLOSED, or 202 and CLOSURE_AWAITING_APPROVAL for a reason a manager must
	 * agree to.
	 */
	@PostMapping("/api/v1/early-help/episodes/{id}/closure")
	ResponseEntity<EpisodeViews.Detail> close(@PathVariable UUID id, @RequestBody ClosureRequest input) {
		Practitioner me = workingOn(id);
		Episode episode = episodes.askToClose(id, input, me);
		return ResponseEntity.status(episode.status() == EpisodeStatus.CLOSED ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(views.detail(episode));
	}

	/**
	 * 201 with the front door contact made from the episode; 409 while an earlier step-up
	 * waits for the MASH.
	 */
	@PostMapping("/api/v1/early-help/episodes/{id}/step-up")
	ResponseEntity<StepUpRecords.StepUpView> stepUp(@PathVariable UUID id, @RequestBody StepUpRequest input) {
		Practitioner me = workingOn(id);
		return ResponseEntity.status(HttpStatus.CREATED).body(stepUps.stepUp(id, input.reason(), me));
	}

	@PostMapping("/api/v1/early-help/episodes/{id}/closure/decision")
	EpisodeViews.Detail decide(@PathVariable UUID id, @RequestBody ClosureDecision input) {
		Practitioner me = CurrentPractitioner.get();
		episodes.get(id);
		access.requireManager(me);
		return views.detail(episodes.decideClosure(id, input.approve(), input.note(), me));
	}

	private Practitioner workingOn(UUID episodeId) {
		Practitioner me = CurrentPractitioner.get();
		access.requireWorkOn(episodes.get(episodeId), me);
		return me;
	}

}
