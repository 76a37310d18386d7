package org.fullpicture.signals.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MissingEpisodesApi {

	record EpisodeView(UUID id, UUID childId, Instant missingAt, String lastSeen, String risk, Instant returnedAt,
			String foundAt, String foundWith, Instant returnInterviewDue, Instant returnInterviewOfferedAt,
			String returnInterviewOutcome, Instant returnInterviewConductedAt, boolean returnInterviewOverdue) {

		static EpisodeView of(MissingEpisodes.Episode e, Instant now) {
			return new EpisodeView(e.id(), e.personId(), e.missingAt(), e.lastSeen(), e.risk(), e.returnedAt(),
					e.foundAt(), e.foundWith(), e.interviewDue(), e.offeredAt(), e.outcome(), e.conductedAt(),
					e.overdue(now));
		}

	}

	record MonthView(String month, int returns, int offeredWithin72Hours, int conductedWithin72Hours,
			int percentWithin72Hours) {
	}

	private final MissingEpisodes episodes;

	private final RecordAccess access;

	private final AccessPolicy policy;

	private final java.time.Clock clock;

	MissingEpisodesApi(MissingEpisodes episodes, RecordAccess access, AccessPolicy policy, java.time.Clock clock) {
		this.episodes = episodes;
		this.access = access;
		this.policy = policy;
		this.clock = clock;
	}

	@PostMapping("/api/v1/missing-episodes")
	ResponseEntity<Map<String, UUID>> report(@RequestBody MissingEpisodes.Report report) {
		UUID id = episodes.report(report, CurrentPractitioner.get());
		return ResponseEntity.created(URI.create("/api/v1/missing-episodes/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/api/v1/missing-episodes/{id}/return")
	ResponseEntity<Void> returned(@PathVariable UUID id, @RequestBody MissingEpisodes.ReturnReport input) {
		episodes.returned(id, input, CurrentPractitioner.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/missing-episodes/{id}/return-interview")
	ResponseEntity<Void> interview(@PathVariable UUID id, @RequestBody MissingEpisodes.Interview input) {
		episodes.interview(id, input, CurrentPractitioner.get());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The child's episodes with their 72-hour clocks, for those who may read the child's
	 * chronology.
	 */
	@GetMapping("/api/v1/people/{id}/missing-episodes")
	Map<String, List<EpisodeView>> ofChild(@PathVariable UUID id) {
		access.openInFull(id, AuditAction.VIEWED_CHRONOLOGY, Channel.API);
		Instant now = clock.instant();
		return Map.of("missingEpisodes", episodes.of(id).stream().map(e -> EpisodeView.of(e, now)).toList());
	}

	/**
	 * Return home interviews offered within 72 hours of return, by month: a practice
	 * report.
	 */
	@GetMapping("/api/v1/missing-episodes/report")
	Map<String, List<MonthView>> report() {
		if (!policy.canReadPracticeReports(CurrentPractitioner.get())) {
			throw new AccessDeniedException("Practice reports are for managers, analysts and administrators");
		}
		return Map.of("months",
				episodes.byMonth()
					.stream()
					.map(m -> new MonthView(m.month().toString(), m.returns(), m.offeredInTime(), m.conductedInTime(),
							m.percentInTime()))
					.toList());
	}

}
