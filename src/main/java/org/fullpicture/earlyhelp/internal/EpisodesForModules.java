package org.fullpicture.earlyhelp.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.earlyhelp.ClosureReason;
import org.fullpicture.earlyhelp.EarlyHelpEpisodes;
import org.springframework.stereotype.Service;

@Service
class EpisodesForModules implements EarlyHelpEpisodes {

	private final Episodes episodes;

	private final EpisodeWork work;

	EpisodesForModules(Episodes episodes, EpisodeWork work) {
		this.episodes = episodes;
		this.work = work;
	}

	@Override
	public UUID open(List<UUID> childIds, String reason, Practitioner by) {
		return episodes.open(childIds, reason, by, null, by.id()).id();
	}

	@Override
	public void setLead(UUID episodeId, UUID practitionerId, String handoverNote, Practitioner by) {
		episodes.setLead(episodeId, practitionerId, handoverNote, by);
	}

	@Override
	public void addMember(UUID episodeId, UUID practitionerId, String part, Practitioner by) {
		episodes.addMember(episodeId, practitionerId, part, by);
	}

	@Override
	public List<UUID> makePlan(UUID episodeId, List<String> outcomes, Practitioner by) {
		work.makePlan(episodeId, outcomes, null, by);
		return work.outcomes(episodeId).stream().map(Plans.Outcome::id).toList();
	}

	@Override
	public void review(UUID episodeId, LocalDate heldOn, Map<UUID, Integer> scores, String whatChanged,
			Practitioner by) {
		work.review(episodeId, heldOn,
				scores.entrySet().stream().map(s -> new EpisodeWork.Score(s.getKey(), s.getValue())).toList(),
				whatChanged, by);
	}

	@Override
	public UUID addAction(UUID episodeId, String description, UUID ownerId, LocalDate dueDate, Practitioner by) {
		return work.addAction(episodeId, new EpisodeWork.NewAction(description, ownerId, dueDate), by).id();
	}

	@Override
	public void askToClose(UUID episodeId, ClosureReason reason, String summary, String whatWasTried,
			String concernsRemaining, Practitioner by) {
		episodes.askToClose(episodeId, new ClosureRequest(reason, summary, whatWasTried, concernsRemaining, null), by);
	}

	@Override
	public void decideClosure(UUID episodeId, boolean approve, String note, Practitioner manager) {
		episodes.decideClosure(episodeId, approve, note, manager);
	}

}
