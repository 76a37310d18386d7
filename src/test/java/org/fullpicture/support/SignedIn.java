package org.fullpicture.support;

import org.fullpicture.access.internal.SignedInPractitioner;
import org.fullpicture.agencies.Practitioner;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A page request from a signed-in practitioner, with the same principal the real form
 * login puts in the session.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(Practitioner practitioner) {
		return user(new SignedInPractitioner(practitioner, null, true, true));
	}

}
