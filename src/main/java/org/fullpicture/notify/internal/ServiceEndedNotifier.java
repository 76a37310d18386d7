package org.fullpicture.notify.internal;

import org.fullpicture.directory.ServiceEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A service a child relied on has ended: the lead professional, the team and every agency
 * involved are told at once.
 */
@Component
class ServiceEndedNotifier {

	private final Recipients recipients;

	private final Notifications notifications;

	ServiceEndedNotifier(Recipients recipients, Notifications notifications) {
		this.recipients = recipients;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ServiceEnded ended) {
		for (java.util.UUID child : ended.personIds()) {
			notifications.tell(recipients.of(child, null),
					new NewNotification(Notifications.SERVICE_ENDED, ended.serviceId() + ":" + ended.endedAt(), child,
							null, ended.reason(), "/children/" + child, false, null, true));
		}
	}

}
