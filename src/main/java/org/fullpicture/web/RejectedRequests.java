package org.fullpicture.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses odd URLs (encoded slashes, control characters): as
 * problem+json, logged briefly.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			log.warn("Refused a {} request: the firewall rejected its URL", request.getMethod());
			Problems.write(response, 400, "Bad Request", "The address could not be read; nothing was changed", "url",
					"The address holds characters or encodings that are not allowed");
		};
	}

}
