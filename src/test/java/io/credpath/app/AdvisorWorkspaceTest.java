package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The advisor workspace at {@code /advisor} in headless Chromium against the whole service: an advisor signs in with
 * their key (a wrong one is refused with the reason), uploads a cohort file with a bad row, sees which rows were taken
 * and why one was not, watches the planning job's progress bar finish, and finds the learners listed with their plans.
 */
class AdvisorWorkspaceTest extends BrowserJourney {
  private static final String COHORT = """
      reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks
      S-2001,Dana Whitfield,Retail Salespersons,15-1232.00,comptia:a-plus,4,8,1500,26
      S-2002,"Okafor, Chidi",41-2011.00,15-1232.00,,1,10,,
      S-2003,Row With A Typo,,no-such-job,,,,,
      """;
  @TempDir static Path files;
  private static String advisor;

  @BeforeAll
  static void start() {
    service.putTenant("northside-college", "{\"ratePerMinute\":600,\"languages\":[\"en\"]}");
    advisor = service.newKey("advisor", "northside-college");
  }

  @Test
  void anAdvisorSignsInUploadsACohortAndWatchesItsPlanningFinish() throws Exception {
    browser.open(service.url("/advisor"), 1280, 1000);
    WebElement key = browser.shown(By.id("advisor-key"));
    key.sendKeys("cp_advisor.not-a-real-key");
    browser.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    assertThat(browser.shown(By.cssSelector("#sign-in-status .error")).getText()).contains("not accepted");
    browser.consoleErrors(); // the refused request is logged as a failed load; that one is expected

    key.clear();
    key.sendKeys(advisor);
    browser.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    browser.shown(By.id("workspace"));
    assertThat(browser.shown(By.id("learners-status")).getText()).isEqualTo("0 learners.");

    Path csv = Files.writeString(files.resolve("autumn.csv"), COHORT);
    browser.driver().findElement(By.id("cohort-file")).sendKeys(csv.toAbsolutePath().toString());
    browser.driver().findElement(By.id("cohort-name")).sendKeys("autumn intake");
    browser.driver().findElement(By.cssSelector("#cohort-form button[type=submit]")).click();
    assertThat(browser.shown(By.cssSelector("#cohort-result .outcomes p")).getText()).isEqualTo("2 of 3 rows accepted; 1 rejected:");
    assertThat(browser.driver().findElement(By.cssSelector("#cohort-result .rejected li")).getText())
        .isEqualTo("Line 4, column 4 (target): unknown occupation 'no-such-job'");
    WebElement bar = browser.shown(By.id("job-progress"));
    assertThat(bar.getAccessibleName()).isEqualTo("Planning the cohort");
    browser.await(d -> "done".equals(d.findElement(By.id("cohort-result")).getAttribute("data-state")));
    assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max")).isEqualTo("2");
    assertThat(browser.driver().findElement(By.cssSelector("#cohort-result .job .status")).getText()).isEqualTo("Done: 2 planned.");

    browser.await(d -> d.findElement(By.id("learners-status")).getText().equals("2 learners."));
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#learners tbody tr"));
    assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText())
        .containsExactlyInAnyOrder("S-2001", "S-2002");
    for (WebElement row : rows) {
      assertThat(row.findElement(By.cssSelector("td:nth-child(3)")).getText()).isEqualTo("15-1232.00");
      assertThat(row.findElement(By.className("status-cell")).getText()).matches("On track|Behind by \\d+ weeks?");
    }
    browser.screenshot("advisor-cohort-planned");
    assertThat(browser.seriousViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.driver().getCurrentUrl()).doesNotContain(advisor);
  }
}
