package org.fullpicture.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in and token requests from an address that has failed too often are answered 429
 * until it may try again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // before Spring Security checks any password
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(path.equals("/sign-in") || path.equals("/api/v1/tokens"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = throttle.waitFor(request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
		log.warn("Throttled a sign-in: too many failures from one address");
		response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
		String words = "There have been too many failed sign-ins from your network. Wait " + minutes
				+ (minutes == 1 ? " minute" : " minutes") + " and try again.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemResponses.write(response, 429, "Too Many Requests", words);
			return;
		}
		response.setStatus(429);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"en\"><head><title>Too many attempts - FullPicture</title></head>"
					+ "<body><h1>Too many attempts</h1><p>" + words + "</p><p><a href=\"" + request.getContextPath()
					+ "/sign-in\">Sign in</a></p></body></html>");
	}

}
