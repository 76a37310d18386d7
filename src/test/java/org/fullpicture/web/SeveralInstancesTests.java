package org.fullpicture.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.BulkIntake;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.Instances;
import org.fullpicture.support.RawHttp;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the service on one PostgreSQL: a practitioner signed in on one is
 * signed in on the other, and a bulk linkage job left half done by a stopped instance is
 * finished by the other, each row once.
 */
@Tag("database")
class SeveralInstancesTests {

	private static final String[] QUICK_TAKEOVER = { "fullpicture.linkage-jobs.stale-after=PT2S",
			"fullpicture.linkage-jobs.check-every=PT1S" };

	@Test
	void aSignedInPractitionerMovesBetweenInstancesAndAStoppedInstancesJobIsFinishedByTheOther() throws Exception {
		assumeTrue(TestDatabase.isPostgres(),
				"several instances share a PostgreSQL; H2 in memory is one instance's own");
		String schema = Instances.newSchema("instances");
		Instances.asAdministrator("CREATE SCHEMA " + schema);
		try (ConfigurableApplicationContext b = Instances.start(schema, null, null, QUICK_TAKEOVER)) {
			ConfigurableApplicationContext a = Instances.start(schema, null, null, QUICK_TAKEOVER);
			int portA = port(a);
			int portB = port(b);
			Fixtures fixtures = a.getBean(Fixtures.class);
			Practitioner dataQuality = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.DATA_QUALITY);

			// signed in on A, the same cookie opens home on B
			String cookie = signIn(portA, dataQuality.username());
			RawHttp.Response home = RawHttp.send(portB, "GET / HTTP/1.1\r\nCookie: " + cookie, "");
			assertThat(home.status()).as(home.head()).isEqualTo(200);
			assertThat(home.body()).contains(dataQuality.displayName());

			// a job started on A, which stops part way through
			String family = Fixtures.randomName();
			int rows = 600;
			StringBuilder csv = new StringBuilder("given_name,family_name,date_of_birth\n");
			for (int i = 0; i < rows; i++) {
				csv.append("Child")
					.append((char) ('a' + i % 26))
					.append((char) ('a' + i / 26 % 26))
					.append(',')
					.append(family)
					.append(',')
					.append(LocalDate.of(2010, 1, 1).plusDays(i * 7L))
					.append('\n');
			}
			String token = token(portA, dataQuality.username());
			byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
			RawHttp.Response started = RawHttp.send(portA,
					"POST /api/v1/linkage-jobs HTTP/1.1\r\nAuthorization: Bearer " + token
							+ "\r\nContent-Type: text/csv\r\nContent-Length: " + file.length,
					file);
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			UUID job = UUID.fromString(started.header("Location").replaceAll(".*/", ""));
			BulkIntake onB = b.getBean(BulkIntake.class);
			while (onB.get(job).processed() < 5) {
				Thread.sleep(20);
			}
			a.close();
			BulkIntake.Job stopped = onB.get(job);
			assertThat(stopped.status()).as("A stopped part way through").isEqualTo(BulkIntake.Status.RUNNING);
			assertThat(stopped.processed()).isLessThan(rows);

			BulkIntake.Job done = stopped;
			// what B's scheduled look does (the test profile turns the schedule off):
			// once A's heartbeat is stale
			for (int i = 0; i < 1200 && !done.isFinished(); i++) {
				Thread.sleep(100);
				onB.takeOverStaleJobs();
				done = onB.get(job);
			}
			assertThat(done.status()).isEqualTo(BulkIntake.Status.FINISHED);
			assertThat(done.processed()).isEqualTo(rows);
			assertThat(done.linked() + done.queued() + done.created() + done.failed()).isEqualTo(rows);
			long people = b.getBean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM person WHERE family_name = ?")
				.param(family)
				.query(Long.class)
				.single();
			assertThat(people).as("no row made a second record").isEqualTo(done.created() + done.queued());
		}
		finally {
			Instances.asAdministrator("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String token(int port, String username) throws Exception {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}";
		RawHttp.Response response = RawHttp.send(port, "POST /api/v1/tokens HTTP/1.1\r\nContent-Type: application/json"
				+ "\r\nContent-Length: " + body.length(), body);
		return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static String signIn(int port, String username) throws Exception {
		RawHttp.Response form = RawHttp.send(port, "GET /sign-in HTTP/1.1", "");
		String cookie = form.header("Set-Cookie").split(";")[0];
		String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "username=" + username + "&password=" + Fixtures.PASSWORD.replace(" ", "+") + "&_csrf=" + csrf;
		RawHttp.Response signedIn = RawHttp.send(port,
				"POST /sign-in HTTP/1.1\r\nCookie: " + cookie
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length(),
				body);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		// signing in gives a new session id (against fixation)
		String renewed = signedIn.header("Set-Cookie");
		return renewed == null ? cookie : renewed.split(";")[0];
	}

}
