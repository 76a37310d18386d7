package org.fullpicture.earlyhelp.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.OpenWork;
import org.fullpicture.shared.OpenWorkSource;
import org.springframework.stereotype.Component;

/**
 * Open early help episodes, for the MASH beside a contact and the signals that look for
 * children with no open work.
 */
@Component
class EpisodeOpenWork implements OpenWorkSource {

	private final Episodes episodes;

	private final Practitioners practitioners;

	EpisodeOpenWork(Episodes episodes, Practitioners practitioners) {
		this.episodes = episodes;
		this.practitioners = practitioners;
	}

	@Override
	public List<OpenWork> openWorkFor(Collection<UUID> childIds) {
		List<OpenWork> open = new ArrayList<>();
		for (Episode e : episodes.openFor(childIds)) {
			String description = e.hasLead()
					? "Early help episode, lead professional " + practitioners.get(e.leadProfessionalId()).displayName()
					: "Early help episode, no lead professional yet";
			e.childIds()
				.stream()
				.filter(childIds::contains)
				.forEach(child -> open.add(new OpenWork(child, OpenWork.Kind.EARLY_HELP, description, e.openedAt(),
						"/early-help/episodes/" + e.id())));
		}
		return open;
	}

}
