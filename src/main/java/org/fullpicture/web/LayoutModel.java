package org.fullpicture.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every rendered page, error pages included, gathered from each
 * module's contributor.
 */
@Component
class LayoutModel implements HandlerInterceptor {

	private final List<LayoutContributor> contributors;

	LayoutModel(List<LayoutContributor> contributors) {
		this.contributors = contributors;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		contributors.forEach(c -> c.contribute(mav.getModelMap()));
		// the CSRF token is made lazily, by the first form on the page; on a long page
		// that
		// is after the first bytes have gone, too late to keep it in the session (and a
		// form posted with it would be refused): make it now, before anything is written
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

}
