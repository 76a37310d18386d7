package org.fullpicture.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fullpicture.agencies.Practitioner;

/**
 * Early help work for other modules (a step-down from social care, the demo town): the
 * same rules, checks, chronology entries and events as the API, without its access
 * checks, which stay with the caller.
 */
public interface EarlyHelpEpisodes {

	UUID open(List<UUID> childIds, String reason, Practitioner by);

	void setLead(UUID episodeId, UUID practitionerId, String handoverNote, Practitioner by);

	void addMember(UUID episodeId, UUID practitionerId, String part, Practitioner by);

	/** The plan's outcome ids, in the order given. */
	List<UUID> makePlan(UUID episodeId, List<String> outcomes, Practitioner by);

	void review(UUID episodeId, LocalDate heldOn, Map<UUID, Integer> scores, String whatChanged, Practitioner by);

	UUID addAction(UUID episodeId, String description, UUID ownerId, LocalDate dueDate, Practitioner by);

	void askToClose(UUID episodeId, ClosureReason reason, String summary, String whatWasTried, String concernsRemaining,
			Practitioner by);

	void decideClosure(UUID episodeId, boolean approve, String note, Practitioner manager);

}
