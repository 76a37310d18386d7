package org.fullpicture.access.internal;

import java.time.Clock;

import org.fullpicture.agencies.Practitioners;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every URL's access rule, in one place. Need-to-know for a child's record is decided by
 * AccessPolicy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

	/**
	 * No page uses the camera, microphone, location, payment or other powerful browser
	 * features.
	 */
	private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm named in each hash so it can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(Practitioners practitioners, PasswordEncoder encoder,
			SignInSettings settings, Clock clock, SignInThrottle throttle) {
		return new ProviderManager(
				new LockingAuthenticationProvider(practitioners, encoder, settings, clock, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					a -> a.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll().anyRequest().authenticated())
			.csrf(c -> c.disable())
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(p -> p.policy(PERMISSIONS)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401, "Unauthorized",
						"Send a valid token: Authorization: Bearer <token> (POST /api/v1/tokens)"))
				.accessDeniedHandler(
						(req, res, ex) -> ProblemResponses.write(res, 403, "Forbidden", "You may not do this")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Practitioners practitioners, Clock clock) throws Exception {
		return http
			.authorizeHttpRequests(a -> a
				.requestMatchers("/actuator/health", "/actuator/health/**", "/sign-in", "/assets/**", "/webjars/**",
						"/css/**", "/js/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				// the service directory's Open Referral UK read API is public, as service
				// directories are
				.requestMatchers(HttpMethod.GET, "/openreferral/", "/openreferral/services", "/openreferral/services/*")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				// the front door's public page: anyone may report a concern about a child
				// and check its status
				.requestMatchers("/report-a-concern", "/report-a-concern/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/sign-in")
				.failureHandler(new SignInFailureHandler())
				.defaultSuccessUrl("/", false))
			.logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.addFilterBefore(new CurrentAccountFilter(practitioners, clock), AuthorizationFilter.class)
			// HSTS is Spring Security's default for HTTPS requests (X-Forwarded-Proto
			// counts from a trusted proxy only)
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
				.contentSecurityPolicy(c -> c.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
								+ "object-src 'none'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

}
