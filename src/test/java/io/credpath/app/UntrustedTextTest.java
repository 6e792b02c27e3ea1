package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.TaxonomyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Text the page did not write stays text: a credential whose title is markup, served by a real server over a tiny
 * taxonomy, renders as those characters in the steps and the timeline, as does a job title the visitor types; no
 * element is made from either and no script runs. That server plans only with a key, so the page also shows how it
 * says so, and plans once one is given.
 */
@ExtendWith(BrowserSuite.class)
class UntrustedTextTest {
  private static final String MARKUP = "<img src=x onerror=alert(1)>";
  @TempDir static Path home;
  private static WebService service;
  private static Browser browser;
  private static String key;

  @BeforeAll
  static void start(Browser b) throws Exception {
    browser = b;
    Path taxonomy = new TaxonomyFiles().writeTo(Files.createDirectories(home.resolve("taxonomy")));
    Files.writeString(taxonomy.resolve("occupations.jsonl"), "{\"id\":\"41-1011.00\",\"title\":\"Retail Supervisor\","
        + "\"alternateTitles\":[],\"description\":\"\",\"jobZone\":3,\"requirements\":[],\"escoUris\":[],\"related\":[]}\n",
        StandardOpenOption.APPEND);
    String course = Files.readAllLines(taxonomy.resolve("credentials.jsonl")).get(1) // x:a, teaching SQL at level 2
        .replace("\"id\":\"x:a\"", "\"id\":\"x:sql\"").replace("\"level\":2}]", "\"level\":3}]")
        .replace("\"title\":\"Title x:a\"", "\"title\":\"" + MARKUP + "\"").replaceAll(",\"requires\":.*}$", "}");
    Files.writeString(taxonomy.resolve("credentials.jsonl"), course + "\n", StandardOpenOption.APPEND);
    Path rules = TestHome.rules(home);
    Files.writeString(rules.resolve(CareerChange.FILE), "{\"careerChanges\":[{\"name\":\"supervisor -> analyst\",\"current\":\"41-1011.00\",\"target\":\"15-2051.01\"}]}");
    service = new WebService(taxonomy, rules, Map.of("anonymous-planning", "false", "on-disk-index", "false"));
    service.putTenant("school", "{}");
    key = service.newKey("partner", "school");
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private void assertNothingRan() {
    assertThat(browser.driver().findElements(By.cssSelector("img"))).isEmpty();
    try {
      browser.driver().switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // no script from the data ran
    }
  }

  @Test
  void aCredentialTitledWithMarkupRendersAsTextAndThePageSaysWhenItNeedsAKey() {
    browser.open(service.url("/"), 1280, 1000);
    browser.driver().executeScript("sessionStorage.clear()");
    browser.driver().navigate().refresh();
    WebElement target = browser.shown(By.id("target"));
    target.sendKeys("15-2051.01"); // an id is a target as a picked title is
    browser.driver().findElement(By.id("plan-button")).click();
    WebElement status = browser.await(d -> d.findElements(By.cssSelector("#form-status .error")).stream().findFirst().orElse(null));
    assertThat(status.getText()).contains("needs an API key");
    assertThat(browser.driver().findElement(By.cssSelector("details.key")).getAttribute("open")).isNotNull();
    browser.consoleErrors(); // the refused request is logged as a failed load; that one is expected

    browser.driver().findElement(By.id("api-key")).sendKeys(key);
    browser.driver().findElement(By.id("plan-button")).click();
    WebElement title = browser.shown(By.cssSelector(".step[data-credential='x:sql'] .step-title strong"));
    assertThat(title.getText()).isEqualTo(MARKUP);
    assertThat(browser.driver().findElement(By.cssSelector(".timeline-frame svg")).getText()).contains("<img src=x");
    assertNothingRan();
    assertThat((String) browser.driver().executeScript("return sessionStorage.getItem('credpath.key')")).isEqualTo(key);
    assertThat(browser.driver().getCurrentUrl()).doesNotContain(key);
    browser.screenshot("untrusted-text");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aJobTitleTypedAsMarkupComesBackAsText() {
    browser.open(service.url("/"), 1280, 1000);
    browser.driver().executeScript("sessionStorage.setItem('credpath.key', arguments[0])", key);
    browser.open(service.url("/"), 1280, 1000);
    browser.shown(By.id("target")).sendKeys(MARKUP);
    browser.driver().findElement(By.id("plan-button")).click();
    WebElement status = browser.await(d -> d.findElements(By.cssSelector("#form-status .error")).stream().findFirst().orElse(null));
    assertThat(status.getText()).contains(MARKUP);
    assertNothingRan();
    browser.consoleErrors(); // the 404 for the unknown job is logged as a failed load
  }
}
