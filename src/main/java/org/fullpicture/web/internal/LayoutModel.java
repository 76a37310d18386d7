package org.fullpicture.web.internal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fullpicture.access.AccessPolicy;
import org.fullpicture.access.CurrentPractitioner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** What the layout needs on every page, error pages included: who is signed in and what they may reach. */
@Component
class LayoutModel implements HandlerInterceptor {

	private final AccessPolicy policy;

	private final Duration sessionLasts;

	LayoutModel(AccessPolicy policy, @Value("${server.servlet.session.timeout:30m}") Duration sessionLasts) {
		this.policy = policy;
		this.sessionLasts = sessionLasts;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		CurrentPractitioner.find().ifPresent(me -> {
			mav.addObject("me", me);
			mav.addObject("canReviewBreakGlass", policy.canReviewBreakGlass(me));
			mav.addObject("canReadPracticeReports", policy.canReadPracticeReports(me));
			mav.addObject("canDecideMatches", policy.canDecideMatches(me));
			mav.addObject("canRunBulkLinkage", policy.canRunBulkLinkage(me));
			mav.addObject("sessionMinutes", sessionLasts.toMinutes());
		});
	}

}
