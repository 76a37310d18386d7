package org.fullpicture.frontdoor.internal.web;

import java.util.List;

import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.frontdoor.Contacts;
import org.fullpicture.frontdoor.internal.Timeliness;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The MASH queue (soonest due first, overdue standing out) and the managers' timeliness
 * page.
 */
@PageController
class MashPagesController {

	static final int PAGE_SIZE = 25;

	/** One bar of the chart: where it sits and how tall it is, in the SVG's own units. */
	record Bar(String label, int x, int height, int y, Timeliness.Month month) {
	}

	private final Contacts contacts;

	private final java.time.Clock clock;

	private final Timeliness timeliness;

	MashPagesController(Contacts contacts, Timeliness timeliness, java.time.Clock clock) {
		this.contacts = contacts;
		this.clock = clock;
		this.timeliness = timeliness;
	}

	@GetMapping("/mash/queue")
	String queue(@RequestParam(required = false) Integer page, Model model) {
		Practitioner me = CurrentPractitioner.get();
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<Contacts.QueueItem> queue = contacts.queue(me, paging[0], paging[1]);
		// no child's name or record here: those are read, and audited, when the contact
		// is opened
		model.addAttribute("rows", queue.items());
		model.addAttribute("now", java.time.Instant.now(clock));
		model.addAttribute("pager", Pager.of(queue));
		model.addAttribute("canOversee", contacts.mayManage(me));
		return "frontdoor/mash-queue";
	}

	@GetMapping("/mash/timeliness")
	String timeliness(Model model) {
		if (!contacts.mayManage(CurrentPractitioner.get())) {
			throw new AccessDeniedException("The timeliness page is for front door managers");
		}
		Timeliness.Report report = timeliness.lastTwelveMonths();
		long most = Math.max(1, report.months().stream().mapToLong(Timeliness.Month::decided).max().orElse(1));
		List<Bar> bars = new java.util.ArrayList<>();
		for (int i = 0; i < report.months().size(); i++) {
			Timeliness.Month m = report.months().get(i);
			int height = (int) (160 * m.decided() / most);
			bars.add(new Bar(
					m.month().format(java.time.format.DateTimeFormatter.ofPattern("MMM yy", java.util.Locale.UK)),
					40 + i * 50, height, 180 - height, m));
		}
		model.addAttribute("report", report);
		model.addAttribute("bars", bars);
		model.addAttribute("most", most);
		return "frontdoor/timeliness";
	}

}
