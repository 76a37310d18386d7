package org.fullpicture.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.fullpicture.access.AuditAction;
import org.fullpicture.access.Channel;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.access.RecordAccess;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.NotFound;
import org.fullpicture.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in practitioner's own notifications, for agencies' systems. Nobody sees or
 * touches another's.
 */
@RestController
class NotificationsApi {

	static final int MAX_ACKNOWLEDGEMENTS = 500;

	record NotificationView(UUID id, String kind, UUID personId, UUID entryId, String summary, String link,
			boolean urgent, Instant createdAt, Instant deliveredAt, Instant dueBy, Instant acknowledgedAt) {

		static NotificationView of(Notification n) {
			return new NotificationView(n.id(), n.kind(), n.personId(), n.entryId(), n.summary(), n.link(), n.urgent(),
					n.createdAt(), n.deliveredAt(), n.dueBy(), n.acknowledgedAt());
		}

	}

	record NotificationList(List<NotificationView> notifications, int page, int size, long total, long unread) {
	}

	record Acknowledgements(List<UUID> ids) {
	}

	record Acknowledged(int acknowledged) {
	}

	private final Notifications notifications;

	private final RecordAccess access;

	NotificationsApi(Notifications notifications, RecordAccess access) {
		this.access = access;
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	NotificationList list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Practitioner me = CurrentPractitioner.get();
		int[] bounds = PageOf.bounded(page, size, 50, 200);
		PageOf<Notification> found = notifications.pageFor(me.id(), unread, bounds[0], bounds[1]);
		// a notification's summary names its child: each is a look at that child
		access.listed(found.items().stream().map(Notification::personId).filter(Objects::nonNull).toList(),
				AuditAction.LISTED_IN_WORK_LIST, Channel.API);
		return new NotificationList(found.items().stream().map(NotificationView::of).toList(), found.page(),
				found.size(), found.total(), notifications.unreadCount(me.id()));
	}

	@PostMapping("/api/v1/notifications/{id}/acknowledge")
	NotificationView acknowledge(@PathVariable UUID id) {
		Practitioner me = CurrentPractitioner.get();
		mine(id, me);
		notifications.acknowledge(List.of(id), me.id());
		return NotificationView.of(mine(id, me));
	}

	/**
	 * All or nothing: one id that is not the practitioner's own refuses the whole
	 * request.
	 */
	@PostMapping("/api/v1/notifications/acknowledgements")
	Acknowledged acknowledgeMany(@RequestBody Acknowledgements request) {
		Practitioner me = CurrentPractitioner.get();
		List<UUID> ids = request == null || request.ids() == null ? List.of() : request.ids();
		if (ids.isEmpty()) {
			throw new InvalidInput("ids", "Send the ids of the notifications to acknowledge");
		}
		if (ids.size() > MAX_ACKNOWLEDGEMENTS) {
			throw new InvalidInput("ids", "Acknowledge at most " + MAX_ACKNOWLEDGEMENTS + " notifications at once");
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) == null || notifications.findFor(ids.get(i), me.id()).isEmpty()) {
				problems.add(new FieldProblem("ids[" + i + "]", "This is not one of your notifications"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		notifications.acknowledge(Set.copyOf(ids), me.id());
		return new Acknowledged(Set.copyOf(ids).size());
	}

	private Notification mine(UUID id, Practitioner me) {
		return notifications.findFor(id, me.id()).orElseThrow(() -> new NotFound("Notification " + id));
	}

}
