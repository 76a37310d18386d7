package org.fullpicture.notify;

import java.time.Duration;
import java.time.LocalDate;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.people.People;
import org.fullpicture.people.Person;
import org.fullpicture.support.Browser;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser: police record a domestic abuse incident; the nursery's DSL sees the
 * notice and acknowledges it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class EncompassBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient db;

	@Autowired
	org.fullpicture.agencies.Involvements involvements;

	WebDriver browser;

	Practitioner officer;

	Practitioner dsl;

	Person child;

	@BeforeEach
	void aChildAtNursery() {
		browser = Browser.start();
		Agency nursery = fixtures.agency(AgencyType.EARLY_YEARS);
		dsl = fixtures.practitioner(nursery, Role.SAFEGUARDING_LEAD);
		Agency police = fixtures.agency(AgencyType.POLICE);
		officer = fixtures.practitioner(police);
		child = fixtures.child("Mia", Fixtures.randomName(), LocalDate.of(2022, 6, 1), officer.id());
		involvements.add(child.id(), police.id(), officer.id(), LocalDate.of(2026, 1, 5), null,
				"Domestic abuse callouts", org.fullpicture.agencies.InvolvementBasis.WORKFLOW, null);
		people.changeEducationSetting(child.id(), nursery.id(), LocalDate.of(2025, 9, 1), null);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void policeRecordADomesticAbuseIncidentAndTheNurseryDslAcknowledgesTheEncompassNotice() {
		signIn(officer);
		browser.get(url("/children/" + child.id() + "/record"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type")))
			.selectByValue("DOMESTIC_ABUSE_INCIDENT");
		browser.findElement(By.id("text")).sendKeys("Officers attended a domestic abuse incident at the home at 9pm.");
		Browser.clickThrough(browser, By.cssSelector("form button[type=submit].govuk-button"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> db
				.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND kind = 'OPERATION_ENCOMPASS'")
				.param(dsl.id())
				.query(Long.class)
				.single() == 1);
		browser.get(url("/operation-encompass"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not acknowledged");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();

		signIn(dsl);
		assertThat(browser.findElement(By.cssSelector(".fp-count")).getText()).isEqualTo("1");
		browser.get(url("/notifications"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Operation Encompass: police attended a domestic abuse incident")
			.contains(child.fullName());
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("input[name=id] + label")).click();
		browser.findElement(By.xpath("//button[normalize-space()='Acknowledge the ones ticked']")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 notification acknowledged");
		browser.get(url("/operation-encompass"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Acknowledged").contains("On time");
		Browser.assertAccessible(browser);
	}

	@Test
	void policeSendTheNurseryANoticeFromTheChildsPageAndItsDslReadsIt() {
		signIn(officer);
		browser.get(url("/children/" + child.id()));
		Browser.clickThrough(browser, By.linkText("Send a notice to the child’s school"));
		Browser.clickThrough(browser, By.xpath("//button[text()='Send the notice']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("There is a problem");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("text")).sendKeys("Mia's father is on bail with a condition not to visit the home.");
		Browser.clickThrough(browser, By.xpath("//button[text()='Send the notice']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your notice was sent to");
		Browser.clickThrough(browser, By.linkText("Services the child receives"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("No services are recorded for this child yet");
		Browser.assertAccessible(browser);
		browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();

		signIn(dsl);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> db.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND kind = 'SETTING_NOTICE'")
				.param(dsl.id())
				.query(Long.class)
				.single() == 1);
		browser.get(url("/notifications"));
		Browser.clickThrough(browser, By.partialLinkText("A notice about a pupil"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Mia's father is on bail with a condition not to visit the home.");
		Browser.assertAccessible(browser);
	}

	private void signIn(Practitioner who) {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("username")).sendKeys(who.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
