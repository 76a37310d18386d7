package org.fullpicture.access;

import java.util.Optional;

import org.fullpicture.agencies.Practitioner;
import org.fullpicture.access.internal.SignedInPractitioner;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The practitioner behind the current request, whether signed in on a page or by API
 * token.
 */
public final class CurrentPractitioner {

	private CurrentPractitioner() {
	}

	public static Practitioner get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	/** Empty on pages anyone may see (sign-in, error pages) when nobody is signed in. */
	public static Optional<Practitioner> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInPractitioner signedIn) {
			return Optional.of(signedIn.practitioner());
		}
		return Optional.empty();
	}

}
