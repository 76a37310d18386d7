package org.fullpicture.access.internal;

import org.fullpicture.agencies.Practitioner;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal the application signs a practitioner in as, for tests that sign in
 * without a password.
 */
public final class TestPrincipal {

	private TestPrincipal() {
	}

	public static UserDetails of(Practitioner practitioner) {
		return new SignedInPractitioner(practitioner, null, true, true);
	}

}
