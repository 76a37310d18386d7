package org.fullpicture.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.Agency;
import org.fullpicture.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The safeguarding partnership's view of timeliness over the last 12 months. Agencies and
 * entry types only: no child is named, so it needs no grounds to see any child's record.
 */
@PageController
class TimelinessController {

	static final int WORST = 20;

	private final Timeliness timeliness;

	private final Agencies agencies;

	private final AccessPolicy policy;

	private final Clock clock;

	TimelinessController(Timeliness timeliness, Agencies agencies, AccessPolicy policy, Clock clock) {
		this.timeliness = timeliness;
		this.agencies = agencies;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/timeliness")
	String page(Model model) {
		if (!policy.canReadPracticeReports(CurrentPractitioner.get())) {
			throw new AccessDeniedException("Timeliness is for managers, partnership analysts and administrators");
		}
		Instant since = clock.instant().minus(Duration.ofDays(366));
		Map<UUID, String> names = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
		List<Timeliness.EntryTiming> entries = timeliness.entriesSince(since);
		List<Timeliness.NotificationTiming> notifications = timeliness.notificationsSince(since);
		model.addAttribute("byMonth", Timeliness.entriesBy(entries, e -> Timeliness.month(e.recordedAt())));
		model.addAttribute("byAgency",
				Timeliness.entriesBy(entries, e -> names.getOrDefault(e.agencyId(), "FullPicture")));
		model.addAttribute("byType", Timeliness.entriesBy(entries, e -> e.type().label()));
		model.addAttribute("notificationsByAgency",
				Timeliness.notificationsBy(notifications, n -> names.getOrDefault(n.agencyId(), "Other")));
		model.addAttribute("notificationsByMonth",
				Timeliness.notificationsBy(notifications, n -> Timeliness.month(n.createdAt())));
		model.addAttribute("worst",
				entries.stream()
					.sorted(Comparator.comparing(Timeliness.EntryTiming::delay).reversed())
					.limit(WORST)
					.toList());
		model.addAttribute("agencyNames", names);
		return "notify/timeliness";
	}

}
