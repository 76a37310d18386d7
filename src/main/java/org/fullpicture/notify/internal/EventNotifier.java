package org.fullpicture.notify.internal;

import java.util.Set;

import org.fullpicture.calendar.WorkingCalendar;
import org.fullpicture.shared.NoticeIssued;
import org.fullpicture.signals.Severity;
import org.fullpicture.signals.SignalRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers what other modules ask to be told: notices from any module, and signals raised
 * about a child.
 */
@Component
class EventNotifier {

	private final Notifications notifications;

	private final WorkingCalendar calendar;

	private final NotifySettings settings;

	EventNotifier(Notifications notifications, WorkingCalendar calendar, NotifySettings settings) {
		this.notifications = notifications;
		this.calendar = calendar;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		notifications.tell(notice.practitionerIds(),
				new NewNotification(notice.kind(), notice.noticeId().toString(), notice.personId(), null,
						notice.summary(), notice.link(), notice.urgent(), notice.urgent()
								? calendar.workingHoursFrom(notice.issuedAt(), settings.escalateAfter()).due() : null,
						true));
	}

	/**
	 * A signal routed to a lead professional tells them; one routed to the MASH is on the
	 * MASH's own list.
	 */
	@ApplicationModuleListener
	void on(SignalRaised signal) {
		if (signal.routedTo() == null) {
			return;
		}
		boolean urgent = signal.severity() == Severity.HIGH;
		notifications.tell(Set.of(signal.routedTo()),
				new NewNotification(Notifications.SIGNAL_RAISED, signal.signalId().toString(), signal.personId(), null,
						signal.severity().label() + " signal raised by the rule " + signal.ruleId(),
						"/children/" + signal.personId(), urgent,
						urgent ? calendar.workingHoursFrom(signal.raisedAt(), settings.escalateAfter()).due() : null,
						true));
	}

}
