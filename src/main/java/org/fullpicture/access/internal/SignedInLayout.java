package org.fullpicture.access.internal;

import java.time.Duration;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.fullpicture.web.LayoutContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * The layout's share of access: who is signed in, what they may reach, and how long the
 * session lasts.
 */
@Component
class SignedInLayout implements LayoutContributor {

	private final AccessPolicy policy;

	private final Duration sessionLasts;

	SignedInLayout(AccessPolicy policy, @Value("${server.servlet.session.timeout:30m}") Duration sessionLasts) {
		this.policy = policy;
		this.sessionLasts = sessionLasts;
	}

	@Override
	public void contribute(ModelMap model) {
		CurrentPractitioner.find().ifPresent(me -> {
			model.addAttribute("me", me);
			model.addAttribute("canReviewBreakGlass", policy.canReviewBreakGlass(me));
			model.addAttribute("canReadPracticeReports", policy.canReadPracticeReports(me));
			model.addAttribute("canDecideMatches", policy.canDecideMatches(me));
			model.addAttribute("canRunBulkLinkage", policy.canRunBulkLinkage(me));
			model.addAttribute("sessionMinutes", sessionLasts.toMinutes());
		});
	}

}
