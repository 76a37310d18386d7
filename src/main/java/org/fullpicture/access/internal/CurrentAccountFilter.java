package org.fullpicture.access.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fullpicture.agencies.Practitioners;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session follows its account as it is now, not as it was at sign-in: new roles
 * apply at the next request, and a session whose account has been disabled or locked
 * ends.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	private final Practitioners practitioners;

	private final Clock clock;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	CurrentAccountFilter(Practitioners practitioners, Clock clock) {
		this.practitioners = practitioners;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		if (context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof SignedInPractitioner signedIn) {
			var account = practitioners.account(signedIn.getUsername()).filter(a -> a.usableAt(clock.instant()));
			if (account.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/sign-in?signed-out");
				return;
			}
			if (!account.get().practitioner().equals(signedIn.practitioner())) {
				SignedInPractitioner now = new SignedInPractitioner(account.get().practitioner(), null, true, true);
				SecurityContext updated = SecurityContextHolder.createEmptyContext();
				updated.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
				SecurityContextHolder.setContext(updated);
				sessions.saveContext(updated, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
