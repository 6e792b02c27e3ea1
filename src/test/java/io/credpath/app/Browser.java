package io.credpath.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, both named by path (no Selenium Manager, no download):
 * pages, full-page screenshots under {@code target/screenshots/}, the browser console, downloads, and axe-core's
 * accessibility check run in the page.
 */
final class Browser implements ExtensionContext.Store.CloseableResource {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path profile;
  private final Path downloads;
  private final ChromeDriver driver;

  Browser() {
    try {
      profile = Files.createTempDirectory("credpath-chromium");
      downloads = Files.createTempDirectory("credpath-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code url} in a window {@code width} x {@code height} CSS pixels, forgetting the console so far. */
  void open(String url, int width, int height) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(url);
  }

  /** Waits up to 20 s for {@code condition}, trying again when the page replaced an element it was looking at. */
  <T> T await(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** Waits up to 20 s for an element matching {@code by} to be shown. */
  WebElement shown(By by) {
    return await(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Saves the whole page (beyond the window) as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true));
    try {
      Files.createDirectories(SCREENSHOTS);
      return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The console's errors (script errors, CSP violations, failed loads) since the last call or the last {@link #open},
   * and clears them.
   */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
    }
    return errors;
  }

  /**
   * axe-core's serious and critical violations of WCAG 2.0/2.1 A and AA and best practice on the page as it stands,
   * each as "rule: target (summary)".
   */
  List<String> seriousViolations() {
    try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      driver.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object found = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        + ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical',"
        + " nodes: [{target: [String(e)], failureSummary: ''}]}])));");
    List<String> serious = new ArrayList<>();
    try {
      for (JsonNode v : JSON.readTree((String) found)) {
        String impact = v.path("impact").asText();
        if (!impact.equals("serious") && !impact.equals("critical")) continue;
        for (JsonNode n : v.path("nodes")) serious.add(v.path("id").asText() + ": " + n.path("target") + " (" + n.path("failureSummary").asText() + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return serious;
  }

  /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
  Path download(String suffix) {
    return await(d -> {
      try (Stream<Path> files = Files.list(downloads)) {
        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() {
    driver.quit();
    for (Path dir : List.of(profile, downloads)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
