package org.fullpicture;

import static org.fullpicture.support.Browser.clickThrough;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.calendar.UkTime;
import org.fullpicture.chronology.Chronology;
import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.NewEntry;
import org.fullpicture.chronology.Sensitivity;
import org.fullpicture.chronology.Source;
import org.fullpicture.people.Person;
import org.fullpicture.support.Browser;
import org.fullpicture.support.Fixtures;
import org.fullpicture.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullpicture.support.Browser.assertAccessible;
import static org.fullpicture.support.Browser.screenshot;

/**
 * A practitioner's day in a real browser: sign in, find a child, read the chronology,
 * record a concern.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class PractitionerJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	WebDriver browser;

	Practitioner teacher;

	Person child;

	String familyName;

	@BeforeEach
	void aSchoolWorkingWithAChild() {
		browser = Browser.start();
		Agency school = fixtures.agency(AgencyType.SCHOOL);
		teacher = fixtures.practitioner(school);
		// a family name of letters only, different for each test, so that a search finds
		// one child
		familyName = Fixtures.randomName();
		child = fixtures.child("Dina", familyName, LocalDate.of(2016, 9, 14), teacher.id());
		involvements.startByWorkflow(child.id(), school.id(), teacher.id(), "On roll", teacher.id());
		chronology.record(
				new NewEntry(List.of(child.id()), EntryType.ATTENDANCE_CONCERN, Instant.parse("2026-01-12T08:45:00Z"),
						"Absent for the third Monday running.\nMum said \"she had a tummy ache\".", List.of("16A"),
						Source.PROFESSIONAL, Sensitivity.NORMAL),
				teacher, null);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void typeInto(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void signIn() {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("username")).sendKeys(teacher.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));
	}

	@Test
	void aHalfWrittenFormIsSavedAsADraftAndCanBeRestored() {
		signIn();
		String form = "http://localhost:" + port + "/children/" + child.id() + "/record";
		browser.get(form);
		browser.findElement(By.id("text")).sendKeys("Started writing this before a phone call.\nSecond line.");
		browser.findElement(By.id("source-CHILD")).click();
		// each change saves the draft in the background; the form says when all is saved
		WebElement draftForm = browser.findElement(By.cssSelector("form[data-draft-key]"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> "saved".equals(draftForm.getAttribute("data-draft-state")));
		browser.get(form);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have an unsaved draft from");
		assertAccessible(browser);
		screenshot(browser, "record-information-draft");
		browser.findElement(By.linkText("Restore")).click();
		assertThat(browser.findElement(By.id("text")).getAttribute("value"))
			.isEqualTo("Started writing this before a phone call.\nSecond line.");
		assertThat(browser.findElement(By.id("source-CHILD")).isSelected()).isTrue();
	}

	@Test
	void theTimeoutWarningKeepsTheSessionAlive() {
		signIn();
		WebElement warning = browser.findElement(By.id("timeout-warning"));
		assertThat(warning.isDisplayed()).isFalse();
		// show the warning now rather than wait 25 minutes
		((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false", warning);
		assertAccessible(browser);
		screenshot(browser, "timeout-warning");
		browser.findElement(By.id("timeout-stay")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !warning.isDisplayed());
	}

	@Test
	void signInFindAChildReadTheChronologyAndRecordAConcern() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getCurrentUrl()).contains("/sign-in");
		assertAccessible(browser);
		browser.findElement(By.id("username")).sendKeys(teacher.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(child.fullName());
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("govuk-frontend-supported");
		assertAccessible(browser);

		clickThrough(browser, By.linkText("Find a child"));
		browser.findElement(By.id("familyName")).sendKeys(familyName.toLowerCase());
		browser.findElement(By.id("dateOfBirth")).sendKeys("14");
		browser.findElement(By.id("dateOfBirth-month")).sendKeys("9");
		browser.findElement(By.id("dateOfBirth-year")).sendKeys("2016");
		clickThrough(browser, By.xpath("//button[text()='Search by name']"));
		assertThat(browser.findElement(By.id("results")).getText()).contains("1 child found");
		assertAccessible(browser);
		screenshot(browser, "find-a-child");

		clickThrough(browser, By.linkText(child.fullName()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(child.fullName());
		assertAccessible(browser);
		screenshot(browser, "child-record");

		clickThrough(browser, By.linkText("Chronology"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Absent for the third Monday running.\nMum said");
		assertAccessible(browser);
		screenshot(browser, "chronology");

		clickThrough(browser, By.linkText("Record information about this child"));
		browser.findElement(By.id("text"))
			.sendKeys("Arrived with a burn on her right hand.\nShe said \"the iron fell\".");
		// yesterday, so that 9:15am is in the past whenever the test runs
		LocalDate yesterday = LocalDate.now(UkTime.ZONE).minusDays(1);
		typeInto("occurredOn", String.valueOf(yesterday.getDayOfMonth()));
		typeInto("occurredOn-month", String.valueOf(yesterday.getMonthValue()));
		typeInto("occurredOn-year", String.valueOf(yesterday.getYear()));
		browser.findElement(By.id("occurredTime")).sendKeys("9:15am");
		browser.findElement(By.id("factors")).click();
		clickThrough(browser, By.xpath("//button[text()='Record the information']"));

		// no type chosen: the form comes back with the words kept
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose what kind of entry this is");
		assertThat(browser.findElement(By.id("text")).getAttribute("value"))
			.isEqualTo("Arrived with a burn on her right hand.\nShe said \"the iron fell\".");
		assertThat(browser.findElement(By.id("occurredTime")).getAttribute("value")).isEqualTo("9:15am");
		assertAccessible(browser);
		screenshot(browser, "record-information-error");

		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Concern");
		clickThrough(browser, By.xpath("//button[text()='Record the information']"));

		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("has been recorded");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Arrived with a burn on her right hand.");
		assertAccessible(browser);
		screenshot(browser, "chronology-after-recording");
	}

	@Test
	void aWarningAboutTheWordsAppearsBesideThemKeepsThemAndTheEntryStillSaves() {
		signIn();
		browser.get("http://localhost:" + port + "/children/" + child.id() + "/record");
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Home visit");
		String words = "Mum was hard to engage and the home was chaotic.";
		browser.findElement(By.id("text")).sendKeys(words);
		clickThrough(browser, By.xpath("//button[text()='Record the information']"));

		WebElement advice = browser.findElement(By.id("text-advice"));
		assertThat(advice.getText()).contains("Check your words before you record them").contains("hard to engage");
		assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(words);
		assertAccessible(browser);
		screenshot(browser, "record-information-advice");

		clickThrough(browser, By.xpath("//button[text()='Record the information']"));
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("has been recorded");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(words);
	}

}
