package org.fullpicture.earlyhelp.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * Early help on the home page: a lead professional's episodes, reviews and actions that
 * are due; for managers, the episodes nobody leads and the closures waiting for them.
 * Counts only, no child named, so nothing here is a look at a record.
 */
@Component
class EarlyHelpHomePanel implements HomePanel {

	/** More episodes than a lead professional could hold; beyond it the count says so. */
	private static final int LED_COUNTED = 200;

	private final Episodes episodes;

	private final EpisodeWork work;

	private final EpisodeAccess access;

	private final Clock clock;

	EarlyHelpHomePanel(Episodes episodes, EpisodeWork work, EpisodeAccess access, Clock clock) {
		this.episodes = episodes;
		this.work = work;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> forSignedIn() {
		return CurrentPractitioner.find().flatMap(me -> {
			Map<String, Object> model = new LinkedHashMap<>();
			PageOf<Episode> led = episodes.ledBy(me.id(), 1, LED_COUNTED);
			int actionsOverdue = work.overdueFor(me.id(), LED_COUNTED).size();
			if (led.total() > 0 || actionsOverdue > 0) {
				LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
				model.put("led", led.total());
				model.put("reviewsOverdue",
						led.items()
							.stream()
							.filter(e -> e.nextReviewOn() != null && e.nextReviewOn().isBefore(today))
							.count());
				model.put("actionsOverdue", actionsOverdue);
			}
			if (access.isManager(me)) {
				model.put("unallocated", episodes.unallocated(1, 1).total());
				List<Episode> awaiting = episodes.awaitingApproval(LED_COUNTED);
				model.put("awaitingApproval", awaiting.size());
			}
			return model.isEmpty() ? Optional.empty() : Optional.of(new Panel(20, "earlyhelp/home-panel", model));
		});
	}

}
