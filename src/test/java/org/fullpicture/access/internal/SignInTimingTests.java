package org.fullpicture.access.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A locked account, an unknown username and a wrong password each cost one password hash,
 * so how long the answer takes does not say which it was. Counted, not timed.
 */
@DatabaseTest
class SignInTimingTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Practitioners practitioners;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SignInSettings settings;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	Clock clock;

	@Test
	void aLockedAccountIsHashedLikeAnUnknownOneAndAWrongPassword() {
		CountingEncoder counting = new CountingEncoder(encoder);
		LockingAuthenticationProvider provider = new LockingAuthenticationProvider(practitioners, counting, settings,
				clock, throttle);
		Practitioner p = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));

		assertThat(hashesToRefuse(provider, counting, p.username(), "wrong")).isEqualTo(1);
		assertThat(hashesToRefuse(provider, counting, "nobody-" + p.username(), Fixtures.PASSWORD)).isEqualTo(1);
		for (int i = 1; i < settings.maxFailures(); i++) {
			hashesToRefuse(provider, counting, p.username(), "wrong");
		}
		assertThat(practitioners.account(p.username()).orElseThrow().lockedUntil()).isAfter(clock.instant());
		assertThat(hashesToRefuse(provider, counting, p.username(), Fixtures.PASSWORD))
			.as("the right password on a locked account is refused after the same hash")
			.isEqualTo(1);
	}

	private static int hashesToRefuse(LockingAuthenticationProvider provider, CountingEncoder counting, String username,
			String password) {
		counting.matches.set(0);
		assertThatThrownBy(
				() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
			.isInstanceOf(BadCredentialsException.class);
		return counting.matches.get();
	}

	private static final class CountingEncoder implements PasswordEncoder {

		final AtomicInteger matches = new AtomicInteger();

		private final PasswordEncoder delegate;

		CountingEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			matches.incrementAndGet();
			return delegate.matches(raw, encoded);
		}

	}

}
