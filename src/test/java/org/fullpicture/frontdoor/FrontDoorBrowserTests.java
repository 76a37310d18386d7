package org.fullpicture.frontdoor;

import java.time.Duration;
import java.time.LocalDate;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.Browser.assertAccessible;
import static org.fullpicture.support.Browser.clickThrough;
import static org.fullpicture.support.Browser.screenshot;

/** The whole front door in a real browser, every page checked by axe-core on the way. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class FrontDoorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	WebDriver browser;

	Agency police;

	Agency school;

	Practitioner mash;

	Practitioner officer;

	Practitioner teacher;

	Practitioner manager;

	Person child;

	@BeforeEach
	void aTownWithAMash() {
		browser = Browser.start();
		police = fixtures.agency(AgencyType.POLICE);
		school = fixtures.agency(AgencyType.SCHOOL);
		Agency socialCare = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		mash = fixtures.practitioner(socialCare, Role.MASH);
		manager = fixtures.practitioner(socialCare, Role.MANAGER);
		officer = fixtures.practitioner(police);
		teacher = fixtures.practitioner(school);
		child = fixtures.child("Ruby", Fixtures.randomName(), LocalDate.of(2017, 4, 12), teacher.id());
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aNeighbourReportsAnonymouslyTheMashChecksWithPoliceAndSchoolDecidesAndTheNeighbourSeesItDecided() {
		// a neighbour, not signed in, reports anonymously
		browser.get(url("/report-a-concern"));
		assertAccessible(browser);
		browser.findElement(By.id("kind-ANONYMOUS")).click();
		browser.findElement(By.id("children")).sendKeys("Ruby, about 9, at number 12");
		browser.findElement(By.id("whatHappened"))
			.sendKeys("Ruby was locked out in the rain for two hours last night.");
		clickThrough(browser, By.xpath("//button[text()='Send your report']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your report has been sent");
		String reference = browser.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		assertAccessible(browser);
		screenshot(browser, "report-a-concern-sent");

		// the MASH finds it in the queue, identifies Ruby and asks the police and the
		// school
		signIn(mash);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Open the MASH queue");
		assertAccessible(browser);
		clickThrough(browser, By.linkText("MASH queue"));
		assertAccessible(browser);
		clickThrough(browser, By.linkText(reference));
		assertAccessible(browser);
		browser.findElement(By.id("givenName")).sendKeys(child.givenName());
		browser.findElement(By.id("familyName")).sendKeys(child.familyName());
		browser.findElement(By.id("dateOfBirth")).sendKeys("12");
		browser.findElement(By.id("dateOfBirth-month")).sendKeys("4");
		browser.findElement(By.id("dateOfBirth-year")).sendKeys("2017");
		clickThrough(browser, By.xpath("//button[text()='Add the child']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(child.fullName());
		for (Agency agency : new Agency[] { police, school }) {
			new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText(agency.name());
			browser.findElement(By.id("question")).sendKeys("What do you know about Ruby and her family?");
			clickThrough(browser, By.xpath("//button[text()='Ask the agency']"));
		}
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Outstanding");
		assertAccessible(browser);

		// both agencies answer from their own checks page
		for (Practitioner answering : new Practitioner[] { officer, teacher }) {
			signIn(answering);
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("The MASH has asked your agency");
			assertAccessible(browser);
			clickThrough(browser, By.linkText("Answer the checks"));
			assertAccessible(browser);
			browser.findElement(By.cssSelector("textarea[name=answer]"))
				.sendKeys("Two earlier reports of Ruby left outside.");
			clickThrough(browser, By.xpath("//button[text()='Send the answer']"));
			assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("Your answer has been sent to the MASH");
		}

		// the MASH decides: first without a rationale, which the error summary names
		signIn(mash);
		browser.get(url("/mash/queue"));
		clickThrough(browser, By.linkText(reference));
		browser.findElement(By.id("level-3")).click();
		browser.findElement(By.id("outcome-CHILD_IN_NEED_ASSESSMENT")).click();
		clickThrough(browser, By.xpath("//button[text()='Record the decision']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Give the reasons for the decision");
		assertAccessible(browser);
		browser.findElement(By.id("rationale"))
			.sendKeys("Police and school both report Ruby left outside; neglect is likely.");
		clickThrough(browser, By.xpath("//button[text()='Record the decision']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("The decision has been recorded")
			.contains("Child in need assessment (section 17)");
		assertAccessible(browser);
		screenshot(browser, "contact-decided");

		// a front door manager sees it on the timeliness page
		signIn(manager);
		browser.get(url("/mash/timeliness"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Front door timeliness");
		assertAccessible(browser);

		// the neighbour checks the status with the reference alone
		browser.manage().deleteAllCookies();
		browser.get(url("/report-a-concern/status"));
		assertAccessible(browser);
		browser.findElement(By.id("reference")).sendKeys(reference);
		clickThrough(browser, By.xpath("//button[text()='Check status']"));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Decided").doesNotContain(child.familyName()).doesNotContain("section 17");
		assertAccessible(browser);
	}

	private void signIn(Practitioner who) {
		browser.manage().deleteAllCookies();
		browser.get(url("/sign-in"));
		browser.findElement(By.id("username")).sendKeys(who.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
