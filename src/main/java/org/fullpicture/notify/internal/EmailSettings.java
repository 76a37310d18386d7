package org.fullpicture.notify.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email is off unless switched on (with {@code spring.mail.host} set): by default nothing
 * leaves the system. {@code baseUrl} is where practitioners reach the service, for the
 * links in emails. Failed sends wait as webhooks do
 * ({@code fullpicture.notify.webhooks.*}).
 */
@ConfigurationProperties("fullpicture.notify.email")
record EmailSettings(boolean enabled, String from, String baseUrl, int maxAttempts, int batchSize) {

	EmailSettings {
		from = from == null ? "fullpicture@localhost" : from;
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
		batchSize = batchSize <= 0 ? 50 : batchSize;
	}

}
