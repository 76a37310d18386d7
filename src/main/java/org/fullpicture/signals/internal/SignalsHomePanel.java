package org.fullpicture.signals.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Role;
import org.fullpicture.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * Signals on the home page: the open signals routed to the practitioner, and the 72-hour
 * clocks of return home interviews not yet offered (all of them for the MASH and
 * managers; otherwise those their agency reported or whose children it works with).
 * Counts and times only, no child named.
 */
@Component
class SignalsHomePanel implements HomePanel {

	/** The children an agency works with that the interview clocks look at. */
	private static final int CHILDREN_LOOKED_AT = 1_000;

	private final SignalStore store;

	private final MissingEpisodes missing;

	private final Involvements involvements;

	SignalsHomePanel(SignalStore store, MissingEpisodes missing, Involvements involvements) {
		this.store = store;
		this.missing = missing;
		this.involvements = involvements;
	}

	@Override
	public Optional<Panel> forSignedIn() {
		return CurrentPractitioner.find().flatMap(me -> {
			boolean all = me.has(Role.MASH) || me.has(Role.MANAGER);
			long signals = store.routedTo(me.id(), me.has(Role.MASH), true, 1, 1).total();
			List<UUID> children = all ? List.of() : involvements.childrenOf(me.id(), me.agencyId(), CHILDREN_LOOKED_AT);
			MissingEpisodes.InterviewClock clock = missing.interviewClock(all, me.agencyId(), children);
			if (signals == 0 && clock.isEmpty()) {
				return Optional.empty();
			}
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("signals", signals);
			model.put("clock", clock);
			model.put("all", all);
			return Optional.of(new Panel(30, "signals/home-panel", model));
		});
	}

}
