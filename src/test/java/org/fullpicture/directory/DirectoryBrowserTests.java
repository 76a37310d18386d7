package org.fullpicture.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Role;
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

/**
 * An administrator, in a real browser: uploads an Open Referral UK export (a real
 * multipart post, CSRF and all), follows the import to its end, and closes a service;
 * sets up an agency's webhook. Axe-core on each page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	WebDriver browser;

	Practitioner admin;

	@BeforeEach
	void start() {
		browser = Browser.start();
		admin = fixtures.practitioner(fixtures.agency(AgencyType.EARLY_HELP), Role.ADMINISTRATOR);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAdministratorImportsAnExportAndClosesAService(@org.junit.jupiter.api.io.TempDir Path folder)
			throws Exception {
		String name = "Walking Bus " + Fixtures.randomName();
		Path export = Files.writeString(folder.resolve("export.json"),
				"{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"" + name + "\",\"status\":\"active\"}");
		signIn(admin);
		browser.get(url("/services"));
		clickThrough(browser, By.linkText("Manage the service directory"));
		assertAccessible(browser);
		browser.findElement(By.id("file")).sendKeys(export.toString());
		clickThrough(browser, By.xpath("//button[text()='Upload and import']"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElement(By.tagName("h1")).getText().equals("Import finished"));
		assertAccessible(browser);
		clickThrough(browser, By.linkText("Back to the service directory"));
		browser.findElement(By.id("text")).sendKeys(name);
		clickThrough(browser, By.xpath("//button[text()='Search']"));
		new Select(browser.findElement(By.id("status-0"))).selectByValue("TEMPORARILY_CLOSED");
		clickThrough(browser, By.xpath("//button[starts-with(normalize-space(), 'Change status')]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(name + " is now temporarily closed");
		assertAccessible(browser);
	}

	@Test
	void anAdministratorSetsUpAnAgencysWebhook() {
		org.fullpicture.agencies.Agency school = fixtures.agency(AgencyType.SCHOOL);
		signIn(admin);
		clickThrough(browser, By.linkText("Webhooks"));
		assertAccessible(browser);
		browser.get(url("/agencies/" + school.id() + "/webhook"));
		browser.findElement(By.id("url")).sendKeys("ftp://files.example.org");
		clickThrough(browser, By.xpath("//button[text()='Set up the webhook']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("There is a problem");
		assertAccessible(browser);
		browser.findElement(By.id("url")).clear();
		browser.findElement(By.id("url")).sendKeys("https://school-system.example.org/fullpicture");
		clickThrough(browser, By.xpath("//button[text()='Set up the webhook']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("it will not be shown again")
			.contains("Nothing has been sent to this agency yet");
		assertAccessible(browser);
	}

	private void signIn(Practitioner who) {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("username")).sendKeys(who.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		clickThrough(browser, By.cssSelector("main button[type=submit]"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
