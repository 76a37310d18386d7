package org.fullpicture.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, started so that it never reaches for the network; skips the
 * test where it is absent.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"Browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
		try {
			Path profile = Files.createTempDirectory("fullpicture-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--window-size=1280,1024", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Clicks what leads to another page and waits until that page has replaced this one,
	 * so that what the test reads next is never the old page going stale under it.
	 */
	public static void clickThrough(WebDriver driver, By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * axe-core on the page as it is now: no violation that axe rates serious or critical.
	 */
	public static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> severe = results.getViolations()
			.stream()
			.filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(severe).as("serious or critical accessibility problems on " + driver.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	/** Saves a PNG under target/screenshots, to look at how a page renders. */
	public static void screenshot(WebDriver driver, String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			// the whole page, not only what fits in the window
			Dimension window = driver.manage().window().getSize();
			Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
			driver.manage()
				.window()
				.setSize(new Dimension(window.getWidth(), Math.min(((Number) height).intValue() + 150, 6000)));
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			driver.manage().window().setSize(window);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
