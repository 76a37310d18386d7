package org.fullpicture.people;

import static org.fullpicture.support.Browser.clickThrough;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
import org.fullpicture.linkage.MatchReviews;
import org.fullpicture.people.Person;
import org.fullpicture.support.Browser;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.Browser.assertAccessible;
import static org.fullpicture.support.Browser.screenshot;

/**
 * In a real browser, a MASH practitioner merges a pair from the possible matches and
 * links a file of records.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class MatchReviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MatchReviews reviews;

	WebDriver browser;

	Practitioner mash;

	Person existing;

	Person candidate;

	UUID reviewId;

	@BeforeEach
	void twoRecordsThatMayBeOneChild() {
		browser = Browser.start();
		mash = fixtures.practitioner(fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE), Role.MASH);
		Practitioner teacher = fixtures.practitioner(fixtures.agency(AgencyType.SCHOOL));
		Practitioner nurse = fixtures.practitioner(fixtures.agency(AgencyType.EMERGENCY_DEPARTMENT));
		String family = Fixtures.randomName();
		existing = fixtures.child("Leah", family, LocalDate.of(2015, 10, 21), teacher.id());
		candidate = fixtures.child("Lea", family, LocalDate.of(2015, 10, 21), nurse.id());
		// the likeliest pair comes first in the queue
		reviewId = reviews.raise(existing.id(), candidate.id(), 0.999,
				"Same family name; same date of birth; given names alike", "TEST");
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signInOpenThePossibleMatchesAndMergeAPair() {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("username")).sendKeys(mash.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));

		clickThrough(browser, By.linkText("Possible matches"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Possible matches");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(existing.fullName()).contains("99%");
		assertAccessible(browser);
		screenshot(browser, "possible-matches");

		clickThrough(browser, By.cssSelector("a[href='/match-reviews/" + reviewId + "']"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Are these the same child?");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Different")
			.contains("Lea")
			.contains("Leah");
		assertAccessible(browser);

		// sending the form empty first shows the error summary, itself checked for
		// accessibility
		clickThrough(browser, By.xpath("//button[text()='Record the decision']"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose whether these are the same person");
		assertAccessible(browser);
		screenshot(browser, "compare-two-records-errors");

		browser.findElement(By.id("decision")).click();
		browser.findElement(By.id("reason")).sendKeys("The school and the hospital gave the same mother and address");
		clickThrough(browser, By.xpath("//button[text()='Record the decision']"));

		// the form posts to its own address, so wait for the redirect rather than read
		// the address at once
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().endsWith("/children/" + existing.id()));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("You decided these records are the same person")
			.contains("Records of this person from other agencies")
			.contains(candidate.fullName());
		assertAccessible(browser);
		screenshot(browser, "merged-child-record");
	}

	@Test
	void uploadAFileAndTheProgressPageRefreshesItselfUntilTheSummary() throws Exception {
		Path csv = Files.createTempFile("school-roll", ".csv");
		Files.writeString(csv,
				"given_name,family_name,date_of_birth,address_line1,postcode\n" + "Noor," + Fixtures.randomName()
						+ ",2014-05-20,2 Mill Lane," + Fixtures.randomPostcode() + "\n" + "Sam,,2013-01-09,,\n");
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("username")).sendKeys(mash.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));

		clickThrough(browser, By.linkText("Link a file of records"));
		assertAccessible(browser);
		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		clickThrough(browser, By.xpath("//button[text()='Upload and link']"));

		// no script: the page's meta refresh reloads it until the job is done
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("h1")).getText().equals("Linkage finished"));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Recorded new 1")
			.contains("Could not be read 1")
			.contains("family_name Enter a family name");
		assertAccessible(browser);
		screenshot(browser, "linkage-finished");
	}

}
