package org.fullpicture.earlyhelp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.agencies.Agency;
import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Involvements;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

/**
 * An early help episode from start to a guarded closure in a real browser: start it, take
 * the lead, complete the assessment prefilled from the chronology, make a plan, review
 * it, ask to close as "not engaging", and a manager approves. Every page is checked with
 * axe-core.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class EarlyHelpBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Involvements involvements;

	@Autowired
	Chronology chronology;

	WebDriver browser;

	Practitioner worker;

	Practitioner manager;

	Person child;

	@BeforeEach
	void aFamilyKnownToEarlyHelp() {
		browser = Browser.start();
		Agency earlyHelp = fixtures.agency(AgencyType.EARLY_HELP);
		worker = fixtures.practitioner(earlyHelp);
		manager = fixtures.practitioner(earlyHelp, Role.MANAGER);
		child = fixtures.child("Gus", Fixtures.randomName(), LocalDate.of(2015, 2, 3), worker.id());
		involvements.startByWorkflow(child.id(), earlyHelp.id(), worker.id(), "Family support", null);
		chronology.record(new NewEntry(List.of(child.id()), EntryType.ATTENDANCE_CONCERN,
				Instant.parse("2026-10-12T08:45:00Z"), "Absent for the third Monday running.", List.of("16A"),
				Source.PROFESSIONAL, Sensitivity.NORMAL), worker, null);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void startLeadAssessPlanReviewAndCloseAsNotEngagingWithAManagersApproval() {
		signIn(worker);
		browser.get(url("/children/" + child.id()));
		clickThrough(browser, By.linkText("Start early help"));
		assertAccessible(browser);
		type("episode-reason", "Gus misses school on Mondays and Dad asked for help with mornings.");
		clickThrough(browser, By.xpath("//button[text()='Start early help']"));
		assertThat(main()).contains("No lead professional for 0 working days");
		assertAccessible(browser);

		type("lead-practitionerId", worker.username());
		clickThrough(browser, By.xpath("//button[text()='Set lead professional']"));
		assertThat(main()).contains("The lead professional has been changed").contains(worker.displayName());

		clickThrough(browser, By.linkText("Early help assessment"));
		assertThat(browser.findElement(By.id("assessment-childsDevelopment")).getAttribute("value"))
			.contains("Absent for the third Monday running.");
		assertThat(main()).contains("Where the draft came from");
		assertAccessible(browser);
		type("assessment-parentingCapacity", "Dad works early shifts; mornings are rushed.");
		type("assessment-childsWords", "I saw Gus alone at school. Gus told me: 'Mondays are when Dad is tired'.");
		type("assessment-analysis", "Missed Mondays follow Dad's weekend shifts.");
		clickThrough(browser, By.xpath("//button[text()='Complete the assessment']"));
		assertThat(main()).contains("The assessment is completed");

		type("plan-outcomes", "Gus is in school every Monday");
		clickThrough(browser, By.xpath("//button[text()='Save the plan']"));
		new Select(browser.findElement(By.id("review-score-0"))).selectByValue("4");
		type("review-whatChanged", "Gus went in on two Mondays of four.");
		clickThrough(browser, By.xpath("//button[text()='Record the review']"));
		assertThat(main()).contains("The review has been recorded").contains("Progress at each review");
		assertThat(browser.findElements(By.cssSelector("svg polyline"))).hasSize(1);
		assertAccessible(browser);

		clickThrough(browser, By.linkText("Close the episode"));
		browser.findElement(By.id("closure-reason-NOT_ENGAGING")).click();
		type("closure-summary", "Four home visits at different times; the door was not answered.");
		clickThrough(browser, By.xpath("//button[text()='Close the episode']"));
		assertThat(main()).contains("There is a problem");
		assertAccessible(browser);
		type("closure-whatWasTried", "Visits before and after school, two letters and a call from school.");
		type("closure-concernsRemaining", "Monday absences continue.");
		clickThrough(browser, By.xpath("//button[text()='Close the episode']"));
		assertThat(main()).contains("The closure is awaiting a manager's approval")
			.contains("Closure awaiting approval");
		String episode = browser.getCurrentUrl();

		browser.manage().deleteAllCookies();
		signIn(manager);
		browser.get(url("/"));
		assertThat(main()).contains("Closures to approve");
		assertAccessible(browser);
		clickThrough(browser, By.linkText("Open early help for managers"));
		assertThat(main()).contains("Closures awaiting your approval").contains(child.fullName());
		assertAccessible(browser);
		browser.get(episode);
		browser.findElement(By.id("decision-approve")).click();
		clickThrough(browser, By.xpath("//button[text()='Record the decision']"));
		assertThat(main()).contains("The closure is approved and the episode is closed");
		assertAccessible(browser);
	}

	@Test
	void socialCareStepsDownAndTheAssessmentKeepsWhatWasTypedBetweenSaves() {
		Agency socialCare = fixtures.agency(AgencyType.CHILDRENS_SOCIAL_CARE);
		Practitioner socialWorker = fixtures.practitioner(socialCare);
		involvements.startByWorkflow(child.id(), socialCare.id(), socialWorker.id(), "Child in need plan", null);
		signIn(socialWorker);
		browser.get(url("/early-help/episodes/new?childId=" + child.id()));
		clickThrough(browser, By.linkText("Step the family down to early help"));
		clickThrough(browser, By.xpath("//button[text()='Step down to early help']"));
		assertThat(main()).contains("There is a problem").contains("Say why social care is closing");
		assertAccessible(browser);
		type("episode-closureSummary", "Child in need plan ended; Monday attendance still needs support.");
		clickThrough(browser, By.xpath("//button[text()='Step down to early help']"));
		assertThat(main()).contains("Stepped down from children's social care").contains("No lead professional");
		String episode = browser.getCurrentUrl();

		browser.manage().deleteAllCookies();
		signIn(worker);
		browser.get(episode + "/assessment");
		type("assessment-strengths", "Dad asks for help and keeps appointments.");
		browser.findElement(By.id("assessment-analysis")).click();
		WebElement form = browser.findElement(By.cssSelector("form[data-draft-key]"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> "saved".equals(form.getAttribute("data-draft-state")));
		browser.get(episode + "/assessment");
		assertThat(main()).contains("You have an unsaved draft from");
		assertAccessible(browser);
		clickThrough(browser, By.linkText("Restore"));
		assertThat(browser.findElement(By.id("assessment-strengths")).getAttribute("value"))
			.isEqualTo("Dad asks for help and keeps appointments.");
		assertAccessible(browser);
	}

	@Test
	void aPageRefusedOrNotFoundIsAGovUkPageNotAnErrorBody() {
		signIn(worker);
		browser.get(url("/early-help/manager"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
		assertThat(main()).contains("Only an early help manager may do this");
		assertAccessible(browser);
		browser.get(url("/early-help/episodes/" + java.util.UUID.randomUUID()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertAccessible(browser);
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private void type(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(Practitioner who) {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("username")).sendKeys(who.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));
	}

}
