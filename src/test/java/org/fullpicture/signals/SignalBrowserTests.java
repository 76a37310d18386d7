package org.fullpicture.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Source;
import org.fullpicture.earlyhelp.LeadProfessionalChanged;
import org.fullpicture.people.Person;
import org.fullpicture.support.Browser;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.Browser.assertAccessible;
import static org.fullpicture.support.Browser.clickThrough;

/**
 * A lead professional finds the signal their child's records raised, reads its evidence,
 * and records what they did.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class SignalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient db;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theLeadProfessionalSeesTheSignalWithItsEvidenceAndActionsIt() throws Exception {
		browser = Browser.start();
		Agency earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		Practitioner lead = fixtures.practitioner(earlyHelp);
		Person child = fixtures.child("Kai", Fixtures.randomName(), LocalDate.now().minusYears(7), lead.id());
		involvements.startByWorkflow(child.id(), earlyHelp.id(), lead.id(), "Family support", null);
		transactions.executeWithoutResult(tx -> publisher.publishEvent(
				new LeadProfessionalChanged(UUID.randomUUID(), List.of(child.id()), null, lead.id(), Instant.now())));
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Practitioner gp = fixtures.practitioner(fixtures.agency(AgencyType.GP));
		record(child, teacher, EntryType.HUNGER, 30, "Asked for food at breakfast club.");
		record(child, gp, EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, 10, "Not brought to the asthma review.");
		awaitSignal(child);

		signIn(lead);
		// home tells the lead professional the signal is there
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 open signal adds up concerns");
		assertAccessible(browser);
		clickThrough(browser, By.linkText("Read your signals"));
		assertAccessible(browser);
		clickThrough(browser, By.linkText("Signs of neglect seen by more than one agency"));

		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Hungry or not fed", "Health appointment: not brought", "Graded Care Profile 2");
		assertAccessible(browser);
		browser.findElement(By.id("whatWasDone")).sendKeys("Met mum with the school nurse; GCP2 started.");
		clickThrough(browser, By.xpath("//button[normalize-space()='Record what was done']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Actioned",
				"Met mum with the school nurse; GCP2 started.");
		assertAccessible(browser);
	}

	@Test
	void anAdministratorEvaluatesEveryChildAgainAndFollowsItsProgress() throws Exception {
		browser = Browser.start();
		Practitioner admin = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE),
				Role.ADMINISTRATOR);
		signIn(admin);
		browser.get("http://localhost:" + port + "/signals/rules");
		assertAccessible(browser);
		clickThrough(browser, By.xpath("//button[normalize-space()='Evaluate every child']"));
		assertThat(browser.getCurrentUrl()).contains("/signals/evaluations/");
		assertAccessible(browser);
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
		while (browser.findElement(By.tagName("h1")).getText().equals("Evaluating every child")
				&& Instant.now().isBefore(giveUp)) {
			Thread.sleep(500);
			browser.navigate().refresh();
		}
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Every child evaluated",
				"Children evaluated", admin.displayName());
		assertAccessible(browser);
	}

	private void signIn(Practitioner who) {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("username")).sendKeys(who.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));
	}

	private void record(Person child, Practitioner by, EntryType type, int daysAgo, String text) {
		chronology.record(new NewEntry(List.of(child.id()), type, Instant.now().minus(Duration.ofDays(daysAgo)), text,
				List.of(), Source.PROFESSIONAL, null), by, null);
	}

	private void awaitSignal(Person child) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			if (db.sql("SELECT COUNT(*) FROM signal WHERE person_id = ?")
				.param(child.id())
				.query(Long.class)
				.single() > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No signal was raised");
	}

}
