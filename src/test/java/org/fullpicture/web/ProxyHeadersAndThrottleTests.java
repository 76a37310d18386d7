package org.fullpicture.web;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.RawHttp;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here 127.0.0.1, as FULLPICTURE_TRUSTED_PROXIES would name it):
 * HTTPS as the proxy reports it makes the session cookie Secure and turns on HSTS; the
 * client's own address is the one throttled.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
				"fullpicture.sign-in.max-failures-per-address=5" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class ProxyHeadersAndThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		RawHttp.Response https = RawHttp.send(port, "GET /sign-in HTTP/1.1\r\nX-Forwarded-Proto: https", "");
		assertThat(https.status()).isEqualTo(200);
		assertThat(https.header("Set-Cookie")).contains("SESSION=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax");
		assertThat(https.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(https.header("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(https.header("Permissions-Policy")).contains("camera=()");

		RawHttp.Response http = RawHttp.send(port, "GET /sign-in HTTP/1.1", "");
		assertThat(http.header("Set-Cookie")).contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(http.header("Strict-Transport-Security")).isNull();
	}

	@Test
	void signInIsThrottledPerClientAddressAcrossAccountsAndTheApiToo() throws Exception {
		String attacker = "203.0.113." + (1 + new java.util.Random().nextInt(250));
		for (int i = 0; i < 5; i++) {
			RawHttp.Response guess = signIn(attacker, "someone-" + i, "guess");
			assertThat(guess.status()).isEqualTo(302);
			assertThat(guess.header("Location")).endsWith("/sign-in?error");
		}
		RawHttp.Response page = signIn(attacker, "someone-else", "guess");
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("too many failed sign-ins");
		assertThat(page.header("Retry-After")).isNotNull();

		String body = "{\"username\":\"x\",\"password\":\"y\"}";
		RawHttp.Response api = RawHttp.send(port, "POST /api/v1/tokens HTTP/1.1\r\nX-Forwarded-For: " + attacker
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length(), body);
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.contentType()).startsWith("application/problem+json");

		// someone else, at another address, still signs in
		Practitioner colleague = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		RawHttp.Response other = signIn("198.51.100.7", colleague.username(), Fixtures.PASSWORD);
		assertThat(other.header("Location")).doesNotContain("error");
	}

	private RawHttp.Response signIn(String address, String username, String password) throws Exception {
		// the form's CSRF token comes with the page, and belongs to the page's session
		RawHttp.Response form = RawHttp.send(port, "GET /sign-in HTTP/1.1\r\nX-Forwarded-For: " + address, "");
		String cookie = form.header("Set-Cookie").split(";")[0];
		String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "username=" + username + "&password=" + password.replace(" ", "+") + "&_csrf=" + csrf;
		return RawHttp.send(port,
				"POST /sign-in HTTP/1.1\r\nX-Forwarded-For: " + address + "\r\nCookie: " + cookie
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length(),
				body);
	}

}
