package org.fullpicture.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Lockout after repeated failures, and how long an API token lasts. */
@ConfigurationProperties("fullpicture.sign-in")
record SignInSettings(Integer maxFailures, Duration lockout, Duration tokenLasts) {

	SignInSettings {
		maxFailures = maxFailures == null ? 5 : maxFailures;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		tokenLasts = tokenLasts == null ? Duration.ofHours(1) : tokenLasts;
	}

}
