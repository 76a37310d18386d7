package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.shared.NoticeIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells practitioners about an episode through {@link NoticeIssued}; the notify module
 * delivers it. The summary never names the children: the link leads to the episode,
 * behind the usual access rules.
 */
@Component
class TeamNotices {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TeamNotices(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void tell(Collection<UUID> practitionerIds, Episode episode, String kind, String summary, boolean urgent) {
		Set<UUID> to = new LinkedHashSet<>(practitionerIds);
		to.removeIf(Objects::isNull);
		if (to.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeIssued(UUID.randomUUID(), to, episode.childIds().get(0), kind, summary,
				"/early-help/episodes/" + episode.id(), urgent, clock.instant()));
	}

}
