package org.fullpicture.notify.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.shared.PageOf;
import org.fullpicture.web.PageController;
import org.fullpicture.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practitioner's own notifications: read, follow, acknowledge one or many. A
 * notification names the child (the recipient works with them) and the kind of
 * information; the detail is behind the link and its access rules.
 */
@PageController
class NotificationsController {

	static final int PAGE_SIZE = 25;

	private final Notifications notifications;

	private final People people;

	private final RecordAccess access;

	private final java.time.Clock clock;

	NotificationsController(Notifications notifications, People people, RecordAccess access, java.time.Clock clock) {
		this.access = access;
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "unread") String show, @RequestParam(required = false) Integer page,
			Model model) {
		Practitioner me = CurrentPractitioner.get();
		boolean unreadOnly = !"all".equals(show);
		int[] paging = PageOf.bounded(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE);
		PageOf<Notification> found = notifications.pageFor(me.id(), unreadOnly, paging[0], paging[1]);
		List<UUID> children = found.items().stream().map(Notification::personId).filter(Objects::nonNull).toList();
		// each child named is a look at that child
		access.listed(children, AuditAction.LISTED_IN_WORK_LIST, Channel.PAGE);
		Map<UUID, String> names = people.findAll(children.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
		model.addAttribute("notifications", found.items());
		model.addAttribute("names", names);
		model.addAttribute("now", clock.instant());
		model.addAttribute("pager", Pager.of(found));
		model.addAttribute("unreadOnly", unreadOnly);
		return "notify/notifications";
	}

	/** Only the practitioner's own notifications are touched; other ids are ignored. */
	@PostMapping("/notifications/acknowledge")
	String acknowledge(@RequestParam(name = "id", required = false) List<UUID> ids, RedirectAttributes redirect) {
		Practitioner me = CurrentPractitioner.get();
		Set<UUID> mine = (ids == null ? List.<UUID>of() : ids).stream()
			.filter(id -> notifications.findFor(id, me.id()).filter(Notification::isUnread).isPresent())
			.collect(Collectors.toSet());
		notifications.acknowledge(mine, me.id());
		redirect.addFlashAttribute("banner", mine.isEmpty() ? "Choose the notifications you have read"
				: mine.size() == 1 ? "1 notification acknowledged" : mine.size() + " notifications acknowledged");
		return "redirect:/notifications";
	}

}
