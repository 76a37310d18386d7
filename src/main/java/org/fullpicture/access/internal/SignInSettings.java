package org.fullpicture.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lockout after repeated failures on one account, throttling after repeated failures from
 * one client address (over any accounts), and how long an API token lasts.
 */
@ConfigurationProperties("fullpicture.sign-in")
record SignInSettings(Integer maxFailures, Duration lockout, Duration tokenLasts, Integer maxFailuresPerAddress,
		Duration addressWindow) {

	SignInSettings {
		maxFailures = maxFailures == null ? 5 : maxFailures;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		tokenLasts = tokenLasts == null ? Duration.ofHours(1) : tokenLasts;
		maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
		addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
	}

}
