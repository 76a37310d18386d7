package org.fullpicture.support;

import java.util.Optional;
import java.util.UUID;

import org.fullpicture.shared.OutgoingEmail;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For a module test that starts without notify, which sends email: email as it is by
 * default, switched off.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmailSwitchedOff {

	@Bean
	OutgoingEmail outgoingEmail() {
		return new OutgoingEmail() {

			@Override
			public boolean enabled() {
				return false;
			}

			@Override
			public boolean queue(UUID id, String to, String subject, String body) {
				return false;
			}

			@Override
			public Optional<Delivery> delivery(UUID id) {
				return Optional.empty();
			}

		};
	}

}
