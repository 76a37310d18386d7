package org.fullpicture.access.internal;

import java.time.Clock;

import org.fullpicture.agencies.Practitioners;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords checked against their hash; repeated failures lock the account for a while.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final Practitioners practitioners;

	private final SignInSettings settings;

	private final Clock clock;

	private final SignInThrottle throttle;

	LockingAuthenticationProvider(Practitioners practitioners, PasswordEncoder encoder, SignInSettings settings,
			Clock clock, SignInThrottle throttle) {
		this.throttle = throttle;
		this.practitioners = practitioners;
		this.settings = settings;
		this.clock = clock;
		this.passwords = new DaoAuthenticationProvider(accounts(practitioners, clock));
		this.passwords.setPasswordEncoder(encoder);
		// the password is checked before the account's state, so a locked account costs
		// the
		// same hash as an open one and an unknown one: timing does not tell them apart
		UserDetailsChecker accountState = new AccountStatusUserDetailsChecker();
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(accountState);
	}

	static UserDetailsService accounts(Practitioners practitioners, Clock clock) {
		return username -> practitioners.account(username)
			.map(a -> (UserDetails) new SignedInPractitioner(a.practitioner(), a.passwordHash(),
					a.lockedUntil() == null || a.lockedUntil().isBefore(clock.instant()), a.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		try {
			Authentication done = passwords.authenticate(authentication);
			practitioners.recordSuccessfulSignIn(username);
			SignedInPractitioner signedIn = ((SignedInPractitioner) done.getPrincipal()).withoutPassword();
			return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
		}
		catch (BadCredentialsException ex) {
			practitioners.recordFailedSignIn(username, settings.maxFailures(),
					clock.instant().plus(settings.lockout()));
			throttle.failed();
			throw ex;
		}
		catch (AccountStatusException ex) {
			throttle.failed();
			// the same answer as a wrong password: whether an account exists, or is
			// locked, is not for a guesser to learn
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
