package org.fullpicture.earlyhelp.internal;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.web.LayoutContributor;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * The menu's "Early help" link: a manager's page for early help managers, everyone else's
 * own work.
 */
@Component
class EarlyHelpLayout implements LayoutContributor {

	private final AccessPolicy policy;

	EarlyHelpLayout(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void contribute(ModelMap model) {
		CurrentPractitioner.find()
			.filter(me -> !me.isSystem())
			.ifPresent(me -> model.addAttribute("earlyHelpLink",
					policy.canManageEarlyHelp(me) ? "/early-help/manager" : "/early-help"));
	}

}
