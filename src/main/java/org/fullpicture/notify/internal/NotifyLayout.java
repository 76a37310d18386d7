package org.fullpicture.notify.internal;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.agencies.Agencies;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Role;
import org.fullpicture.web.LayoutContributor;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * The header's unread count and notify's links, on every page for whoever is signed in.
 */
@Component
class NotifyLayout implements LayoutContributor {

	private final Notifications notifications;

	private final AccessPolicy policy;

	private final Agencies agencies;

	NotifyLayout(Notifications notifications, AccessPolicy policy, Agencies agencies) {
		this.notifications = notifications;
		this.policy = policy;
		this.agencies = agencies;
	}

	@Override
	public void contribute(ModelMap model) {
		CurrentPractitioner.find().filter(me -> !me.isSystem()).ifPresent(me -> {
			model.addAttribute("unreadNotifications", notifications.unreadCount(me.id()));
			AgencyType type = agencies.find(me.agencyId()).map(a -> a.type()).orElse(AgencyType.SYSTEM);
			model.addAttribute("canFollowEncompass",
					type == AgencyType.POLICE || (type.isEducationSetting() && me.has(Role.SAFEGUARDING_LEAD)));
			model.addAttribute("canReadTimeliness", policy.canReadPracticeReports(me));
			model.addAttribute("canManageWebhooks", policy.canAdminister(me));
		});
	}

}
