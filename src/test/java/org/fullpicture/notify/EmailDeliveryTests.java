package org.fullpicture.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.notify.internal.EmailSender;
import org.fullpicture.people.Person;
import org.fullpicture.support.DatabaseTest;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Email switched on, against a real SMTP server: a member of the public who left an email
 * address gets the front door's acknowledgement; a practitioner gets word of an urgent
 * notification without its detail; an SMTP server that is down delays an email without
 * losing it or sending it twice; a phone number is left for the MASH to call.
 */
@DatabaseTest
@TestPropertySource(properties = { "fullpicture.notify.email.enabled=true",
		"fullpicture.notify.email.from=front-door@fullpicture.test",
		"fullpicture.notify.email.base-url=https://fullpicture.test/", "fullpicture.notify.webhooks.first-retry=PT0S",
		"fullpicture.notify.webhooks.longest-retry=PT0S" })
class EmailDeliveryTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(true);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	EmailSender sender;

	@Autowired
	JdbcClient db;

	Practitioner mash;

	@BeforeEach
	void setUp() {
		mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		// what other tests left in the outbox is not this test's
		db.sql("DELETE FROM email_outbox").update();
	}

	@Test
	void aMemberOfThePublicWhoLeftAnEmailAddressIsSentTheAcknowledgementAndTheMashSeesItWent() throws Exception {
		String address = "neighbour-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		report(address);
		UUID contact = newestContact();
		String reference = db.sql("SELECT reference FROM contact WHERE id = ?")
			.param(contact)
			.query(String.class)
			.single();

		assertThat(sender.sendBatch()).isEqualTo(1);
		MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.org");
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(address);
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("front-door@fullpicture.test");
		assertThat(received[0].getSubject()).contains(reference);
		assertThat(GreenMailUtil.getBody(received[0])).contains("Your reference is " + reference);
		// sent once: the next run finds nothing to send
		assertThat(sender.sendBatch()).isZero();

		mvc.perform(get("/contacts/" + contact).with(SignedIn.as(mash)))
			.andExpect(content().string(allOf(containsString("Replies to the person who reported it"),
					containsString(">Emailed</strong>"))));
	}

	@Test
	void whileTheMailServerIsDownAnEmailWaitsAndIsSentOnceWhenItIsBack() throws Exception {
		report("waits-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		UUID contact = newestContact();
		smtp.stop();
		assertThat(sender.sendBatch()).isEqualTo(1);
		assertThat(sender.sendBatch()).isEqualTo(1);
		mvc.perform(get("/contacts/" + contact).with(SignedIn.as(mash)))
			.andExpect(
					content().string(allOf(containsString("Waiting to be emailed"), containsString("2 tries so far"))));

		smtp.start();
		assertThat(sender.sendBatch()).isEqualTo(1);
		assertThat(sender.sendBatch()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aPhoneNumberIsNotEmailedAndTheMashIsToldToReplyAnotherWay() throws Exception {
		report("01632 960123");
		UUID contact = newestContact();
		assertThat(sender.sendBatch()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		mvc.perform(get("/contacts/" + contact).with(SignedIn.as(mash)))
			.andExpect(content().string(allOf(containsString(">Not sent</strong>"),
					containsString("Give this reply to 01632 960123 another way"),
					containsString("(not an email address)"))));
	}

	@Test
	void anUrgentNotificationIsEmailedToItsRecipientWithoutSayingWhatItIsAbout() throws Exception {
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		Practitioner teacher = fixtures.practitioner(school);
		Practitioner officer = fixtures.practitioner(fixtures.agency(AgencyType.POLICE));
		Person child = fixtures.child("Nia", Fixtures.randomName(), LocalDate.of(2015, 3, 3), teacher.id());
		NotifyScenario.involve(involvements, child, school, teacher);
		NotifyScenario.record(mvc, fixtures, officer, child, "ARREST", "2026-11-04T09:00:00Z", "NORMAL");
		NotifyScenario.settle(db);

		assertThat(sender.sendBatch()).isEqualTo(1);
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo(teacher.email());
		String body = GreenMailUtil.getBody(email);
		assertThat(body).contains("https://fullpicture.test/notifications")
			.doesNotContain(child.givenName())
			.doesNotContain(child.familyName())
			.doesNotContainIgnoringCase("arrest");
	}

	private void report(String contact) throws Exception {
		String ip = "203.0.113." + (1 + (int) (Math.random() * 250));
		mvc.perform(post("/report-a-concern").with(csrf()).with(request -> {
			request.setRemoteAddr(ip);
			return request;
		})
			.param("kind", "NEIGHBOUR")
			.param("name", "A neighbour")
			.param("contact", contact)
			.param("children", "The two girls at number 4")
			.param("whatHappened", "Shouting and a crash late at night, three nights running."))
			.andExpect(status().is3xxRedirection());
	}

	private UUID newestContact() {
		return db.sql("SELECT id FROM contact ORDER BY received_at DESC, id LIMIT 1").query(UUID.class).single();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
