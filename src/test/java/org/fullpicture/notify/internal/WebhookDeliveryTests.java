package org.fullpicture.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.notify.TestClock;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
@Import(TestClock.Config.class)
class WebhookDeliveryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient db;

	@Autowired
	TestClock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	NotifySettings settings;

	@Autowired
	JsonMapper json;

	WebhookReceiver receiver;

	Agency school;

	Practitioner teacher;

	Practitioner admin;

	@BeforeEach
	void setUp() throws Exception {
		clock.set(Instant.parse("2026-11-04T10:00:00Z"));
		receiver = new WebhookReceiver();
		school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void eachDeliveryIsSignedWithTheAgencySecretOverTimestampAndBody() throws Exception {
		String secret = setUrl(receiver.url());
		tell(1);
		sender().sendBatch();

		assertThat(receiver.received).hasSize(1);
		WebhookReceiver.Received got = receiver.received.get(0);
		assertThat(got.signature()).isEqualTo("v1=" + WebhookSender.sign(secret, got.timestamp(), got.body()));
		assertThat(got.timestamp()).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
		JsonNode body = json.readTree(got.body());
		assertThat(body.get("deliveryId").asString()).isEqualTo(got.deliveryId());
		assertThat(body.get("kind").asString()).isEqualTo("ENTRY_RECORDED");
		assertThat(got.body()).doesNotContain("Arrest"); // ids and kinds only: the detail
															// stays behind the access
															// rules

		String rotated = json
			.readTree(mvc.perform(post("/api/v1/agencies/" + school.id() + "/webhook/secret").with(SignedIn.as(admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("secret")
			.asString();
		tell(1);
		sender().sendBatch();
		WebhookReceiver.Received after = receiver.received.get(1);
		// while the receiver changes over, both the new and the old secret sign
		assertThat(after.signature()).isEqualTo("v1=" + WebhookSender.sign(rotated, after.timestamp(), after.body())
				+ ",v1=" + WebhookSender.sign(secret, after.timestamp(), after.body()));
	}

	@Test
	void aReceiverThatIsDownIsRetriedWithBackOffAndTheLogShowsEachAttempt() throws Exception {
		setUrl(receiver.url());
		receiver.down = true;
		tell(1);
		WebhookSender sender = sender();
		sender.sendBatch();
		clock.advance(Duration.ofSeconds(20));
		assertThat(sender.sendBatch()).isZero(); // not due again until 30 seconds have
													// passed
		clock.advance(Duration.ofSeconds(11));
		assertThat(sender.sendBatch()).isOne();
		assertThat(sender.backOff(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(sender.backOff(30)).isEqualTo(Duration.ofHours(1));

		mvc.perform(get("/api/v1/agencies/" + school.id() + "/webhook/deliveries").with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliveries[0].attempts", is(2)))
			.andExpect(jsonPath("$.deliveries[0].lastStatus", is(503)));
	}

	@Test
	void receiverDownAndApplicationRestartedEveryNotificationStillArrivesExactlyOnce() throws Exception {
		setUrl(receiver.url());
		receiver.down = true;
		tell(40);
		sender().sendBatch(); // every first attempt fails
		// an instance claims a batch and stops before sending it: its claim must run out,
		// not lose the rows
		db.sql("UPDATE notification_outbox SET claimed_by = 'stopped-instance', claimed_until = ? WHERE claimed_by IS NULL "
				+ "AND id IN (SELECT id FROM notification_outbox WHERE delivered_at IS NULL ORDER BY id LIMIT 15)")
			.param(Notifications.utc(clock.instant().plus(Duration.ofMinutes(2))))
			.update();

		// the application restarts as two instances, and the receiver comes back some
		// minutes later
		clock.advance(Duration.ofMinutes(5));
		receiver.down = false;
		List<WebhookSender> instances = List.of(sender(), sender());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				List<Future<Integer>> runs = new ArrayList<>();
				for (WebhookSender instance : instances) {
					runs.add(pool.submit(instance::sendBatch));
				}
				for (Future<Integer> run : runs) {
					run.get();
				}
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(receiver.received).hasSize(40);
		assertThat(receiver.deliveryIds).hasSize(40);
		assertThat(db.sql("SELECT COUNT(*) FROM notification_outbox WHERE delivered_at IS NULL")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aBatchWhoseClaimsRunShortHandsTheRestBackRatherThanSendWhatAnotherInstanceMayClaim() throws Exception {
		setUrl(receiver.url());
		tell(10);
		// the receiver is so slow on the first delivery that the batch's claims run short
		receiver.whileReceivingFirst = () -> clock.advance(settings.webhooks().claimFor());

		sender().sendBatch();
		assertThat(receiver.received).hasSize(1);
		assertThat(db.sql("""
				SELECT COUNT(*) FROM notification_outbox
				WHERE agency_id = ? AND delivered_at IS NULL AND claimed_by IS NULL AND attempts = 0""")
			.param(school.id())
			.query(Long.class)
			.single()).isEqualTo(9);

		sender().sendBatch();
		assertThat(receiver.received).hasSize(10);
		assertThat(receiver.deliveryIds).hasSize(10);
	}

	@Test
	void aClaimNoLongerThanTheTimeoutIsRefusedByName() {
		assertThatThrownBy(
				() -> new NotifySettings.Webhooks(null, null, 0, Duration.ofSeconds(10), Duration.ofSeconds(10), null))
			.hasMessageContaining("fullpicture.notify.webhooks.claim-for");
	}

	@Test
	void onlyAdministratorsManageWebhooks() throws Exception {
		Practitioner dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		String base = "/api/v1/agencies/" + school.id() + "/webhook";
		mvc.perform(put(base).with(SignedIn.as(dsl))
			.contentType("application/json")
			.content("{\"url\":\"" + receiver.url() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(get(base).with(SignedIn.as(dsl))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/secret").with(SignedIn.as(dsl))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/deliveries").with(SignedIn.as(dsl))).andExpect(status().isForbidden());
		mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(base).with(SignedIn.as(dsl)))
			.andExpect(status().isForbidden());
		mvc.perform(get(base)).andExpect(status().isUnauthorized());
		mvc.perform(put(base).with(SignedIn.as(admin)).contentType("application/json").content("{\"url\":\"ftp://x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("url")));
		assertThat(db.sql("SELECT COUNT(*) FROM notification_webhook WHERE agency_id = ?")
			.param(school.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorSetsUpAWebhookFromThePagesSeesTheSecretOnceAndFollowsTheDeliveries() throws Exception {
		String page = "/agencies/" + school.id() + "/webhook";
		Practitioner dsl = fixtures.practitioner(school, Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/agencies/webhooks").with(SignedIn.as(dsl))).andExpect(status().isForbidden());
		mvc.perform(post(page).with(SignedIn.as(dsl)).with(csrf()).param("url", receiver.url()))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(SignedIn.as(dsl))).andExpect(status().isForbidden());
		mvc.perform(post(page + "/secret").with(SignedIn.as(dsl)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/removal").with(SignedIn.as(dsl)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/agencies/webhooks").with(SignedIn.as(admin)))
			.andExpect(content().string(containsString(school.name())));

		// refused by name, the address kept, nothing stored
		mvc.perform(post(page).with(SignedIn.as(admin)).with(csrf()).param("url", "ftp://files.example.org"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"#url\""), containsString("ftp://files.example.org"))));
		assertThat(db.sql("SELECT COUNT(*) FROM notification_webhook WHERE agency_id = ?")
			.param(school.id())
			.query(Long.class)
			.single()).isZero();

		String shown = mvc.perform(post(page).with(SignedIn.as(admin)).with(csrf()).param("url", receiver.url()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it will not be shown again")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*<code class=\"fp-secret\">([^<]+)</code>.*", "$1");
		mvc.perform(get(page).with(SignedIn.as(admin)))
			.andExpect(content().string(allOf(not(containsString(shown)), containsString("Nothing has been sent"))));
		tell(1);
		sender().sendBatch();
		WebhookReceiver.Received got = receiver.received.get(0);
		assertThat(got.signature()).isEqualTo("v1=" + WebhookSender.sign(shown, got.timestamp(), got.body()));
		mvc.perform(get(page).with(SignedIn.as(admin))).andExpect(content().string(containsString("HTTP 204")));

		mvc.perform(post(page + "/removal").with(SignedIn.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/agencies/webhooks"));
		assertThat(db.sql("SELECT COUNT(*) FROM notification_webhook WHERE agency_id = ?")
			.param(school.id())
			.query(Long.class)
			.single()).isZero();
	}

	private String setUrl(String url) throws Exception {
		String body = mvc
			.perform(put("/api/v1/agencies/" + school.id() + "/webhook").with(SignedIn.as(admin))
				.contentType("application/json")
				.content("{\"url\":\"" + url + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("secret").asString();
	}

	private void tell(int count) {
		for (int i = 0; i < count; i++) {
			notifications.tell(Set.of(teacher.id()), new NewNotification(Notifications.ENTRY_RECORDED,
					UUID.randomUUID().toString(), null, UUID.randomUUID(), "Arrest recorded", null, true, null, true));
		}
	}

	/**
	 * A sender as a new application instance would have: its own identity, the shared
	 * database.
	 */
	private WebhookSender sender() {
		return new WebhookSender(db, clock, settings);
	}

}
