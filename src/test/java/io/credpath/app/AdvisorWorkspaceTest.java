package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The advisor workspace at {@code /advisor} in headless Chromium against the whole service: an advisor signs in with
 * their key (a wrong one is refused with the reason), uploads a cohort file with a bad row, sees which rows were taken
 * and why one was not, watches the planning job's progress bar finish, finds the learners listed with their plans, opens
 * the demand chart, downloads its CSV and shares a budget across the cohort; and an advisor opens a learner, saves a
 * plan that is already behind, re-plans it, compares what-ifs side by side and marks the late step completed, which puts
 * the learner back on track.
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
  private static String desk;

  @BeforeAll
  static void start() {
    service.putTenant("northside-college", "{\"ratePerMinute\":600,\"languages\":[\"en\"]}");
    advisor = service.newKey("advisor", "northside-college");
    service.putTenant("westside-board", "{\"ratePerMinute\":600,\"languages\":[\"en\"]}");
    desk = service.newKey("advisor", "westside-board");
    service.post("/api/v1/advising/learners", desk, """
        {"externalRef":"W-7","name":"Jordan <b>Reyes</b>","currentOccupation":"41-2011.00","experienceYears":1,
         "languages":["en"],"budget":{"hoursPerWeek":10},"fundingNotes":"<img src=x onerror=alert(1)>"}""");
  }

  /** Opens the workspace signed out (the browser is shared, and a tab keeps its key) and signs in with {@code key}. */
  private static void signIn(String key) {
    browser.open(service.url("/advisor"), 1280, 1000);
    browser.driver().executeScript("sessionStorage.clear()");
    browser.driver().navigate().refresh();
    browser.shown(By.id("advisor-key")).sendKeys(key);
    browser.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    browser.shown(By.id("workspace"));
  }

  @AfterEach
  void signOut() {
    browser.driver().executeScript("sessionStorage.clear()"); // the next page in this shared browser starts without a key
  }

  private static void setDate(String id, LocalDate date) {
    browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
  }

  @Test
  void anAdvisorSignsInUploadsACohortAndWatchesItsPlanningFinish() throws Exception {
    browser.open(service.url("/advisor"), 1280, 1000);
    browser.driver().executeScript("sessionStorage.clear()");
    browser.driver().navigate().refresh();
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
      String status = row.findElement(By.className("status-cell")).getText();
      if (row.getText().contains("S-2001")) assertThat(status).as("Dana holds A+ already").isEqualTo("No pathway to follow");
      else assertThat(status).matches("On track|Behind by \\d+ weeks?");
    }
    browser.screenshot("advisor-cohort-planned");

    // What the cohort needs: one credential (Dana holds A+ already), as a chart with its table, and as CSV.
    WebElement chart = browser.shown(By.cssSelector("#demand svg.demand-chart"));
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    assertThat(chart.getAccessibleName()).startsWith("Credentials the cohort needs, by seats and by cost");
    List<WebElement> bars = chart.findElements(By.cssSelector("g.bar"));
    assertThat(bars).extracting(b -> b.getAttribute("data-credential")).containsExactly("comptia:a-plus");
    assertThat(bars.get(0).findElement(By.cssSelector("rect.seats")).getAttribute("data-value")).isEqualTo("1");
    assertThat(bars.get(0).findElement(By.cssSelector("rect.cost")).getAttribute("data-value")).isEqualTo("506");
    browser.driver().findElement(By.cssSelector("#demand-table-details summary")).click();
    List<WebElement> cells = browser.shown(By.cssSelector("#demand-table tbody tr")).findElements(By.cssSelector("th, td"));
    assertThat(cells).extracting(WebElement::getText).startsWith("CompTIA A+", "1", "USD 506", "—", "USD 506")
        .endsWith("S-2002");
    assertThat(browser.driver().findElement(By.id("demand-basis")).getText()).startsWith("1 of 2 planned members have a pathway");
    browser.driver().findElement(By.id("download-credentials")).click();
    Path csvFile = browser.download("-credentials.csv");
    browser.await(d -> {
      try {
        return Files.size(csvFile) > 0;
      } catch (java.io.IOException e) {
        return false;
      }
    });
    List<String> lines = Files.readAllLines(csvFile);
    assertThat(lines.get(0)).isEqualTo("credential,title,quarter,seats,percent_off,cost,learners");
    assertThat(lines.get(1)).startsWith("comptia:a-plus,CompTIA A+,").endsWith(",1,0.00,506.00,S-2002");

    // One budget for the cohort: too little for A+ leaves nobody a pathway; enough gives S-2002 theirs.
    WebElement budget = browser.driver().findElement(By.id("allocation-budget"));
    budget.sendKeys("500");
    browser.driver().findElement(By.id("allocate")).click();
    browser.await(d -> d.findElement(By.id("allocation-status")).getText().startsWith("Allocated: 0 learners"));
    budget.clear();
    budget.sendKeys("1000");
    browser.driver().findElement(By.id("allocate")).click();
    browser.await(d -> d.findElement(By.id("allocation-status")).getText().startsWith("Allocated: 1 learners given a pathway for USD 506"));
    List<WebElement> summary = browser.driver().findElements(By.cssSelector("#allocation-summary tbody tr"));
    assertThat(summary.get(0).getText()).isEqualTo("Learners given a pathway 1 1");
    assertThat(browser.driver().findElement(By.cssSelector(".allocation .proof")).getText()).contains("proven optimal");
    assertThat(browser.driver().findElement(By.id("demand-basis")).getText()).contains("under a shared budget");
    browser.screenshot("advisor-demand-chart");
    assertThat(browser.seriousViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.driver().getCurrentUrl()).doesNotContain(advisor);
  }

  @Test
  void anAdvisorOpensALearnerSavesAPlanComparesWhatIfsAndMarksTheLateStepDone() {
    signIn(desk);
    WebElement open = browser.shown(By.cssSelector("#learners button.open-learner"));
    assertThat(open.getText()).isEqualTo("Jordan <b>Reyes</b>");
    open.sendKeys(Keys.ENTER); // the keyboard alone opens a learner
    browser.shown(By.id("learner-view"));
    browser.await(d -> "learner-view".equals(d.switchTo().activeElement().getAttribute("id")));
    assertThat(browser.driver().findElement(By.id("learner-name")).getText()).isEqualTo("Jordan <b>Reyes</b>");
    assertThat(browser.driver().findElement(By.id("learner-profile")).getText()).contains("<img src=x onerror=alert(1)>");
    assertThat(browser.shown(By.id("plans-status")).getText()).isEqualTo("No saved plan yet.");

    // A plan that started 120 days ago: its first step (CompTIA A+, weeks 1-12) is long past due.
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    browser.driver().findElement(By.id("plan-target")).sendKeys("15-1232.00");
    setDate("plan-start", today.minusDays(120));
    browser.driver().findElement(By.id("save-plan")).click();
    WebElement standing = browser.shown(By.id("progress-standing"));
    browser.await(d -> d.findElement(By.id("progress-standing")).getText().startsWith("Behind by "));
    assertThat(standing.getText()).matches("Behind by \\d+ weeks: 1 step past due; the finish moves from \\S+ to \\S+\\. .*");
    assertThat(browser.driver().findElement(By.cssSelector("#plans tbody tr .status-cell")).getText()).matches("Behind by \\d+ weeks");
    assertThat(browser.driver().findElement(By.id("plan-heading")).getText()).startsWith("Plan to Computer User Support Specialists (15-1232.00)");
    assertThat(browser.driver().findElements(By.cssSelector("#saved-answer .alternative"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#saved-answer svg.timeline-chart g.step"))).isNotEmpty();
    browser.screenshot("advisor-learner-behind");

    browser.driver().findElement(By.id("replan")).click();
    assertThat(browser.shown(By.cssSelector("#replan-result .changed")).getText())
        .contains("planned from " + today + " instead of " + today.minusDays(120));

    // Three scenarios side by side: as recorded, more money, four more hours a week (which finishes sooner).
    browser.driver().findElement(By.id("compare")).click();
    WebElement table = browser.shown(By.id("whatif-table"));
    assertThat(table.findElements(By.cssSelector("th.scenario-name"))).extracting(WebElement::getText)
        .containsExactly("As recorded", "More money", "More hours a week");
    List<WebElement> weeks = table.findElements(By.xpath(".//tr[th='Weeks']/td"));
    assertThat(weeks).hasSize(3);
    assertThat(Integer.parseInt(weeks.get(2).getText())).isLessThan(Integer.parseInt(weeks.get(0).getText()));
    assertThat(table.findElements(By.xpath(".//tr[th='Budget used']/td")).get(2).getText()).contains("14 h a week");
    browser.screenshot("advisor-what-if");
    assertThat(browser.seriousViolations()).isEmpty();

    // The late step done, with its evidence: the learner is on track again.
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("progress-step"))).selectByVisibleText("CompTIA A+");
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("progress-status"))).selectByValue("completed");
    browser.driver().findElement(By.id("progress-evidence")).sendKeys("https://www.credly.com/badges/example");
    browser.driver().findElement(By.id("record-progress")).click();
    browser.await(d -> d.findElement(By.id("progress-standing")).getText().startsWith("On track."));
    assertThat(browser.driver().findElement(By.cssSelector("#progress-steps tbody tr .step-status")).getText())
        .isEqualTo("Completed on " + today);
    assertThat(browser.driver().findElement(By.cssSelector("#progress-steps tbody tr a")).getAttribute("href"))
        .isEqualTo("https://www.credly.com/badges/example");
    browser.await(d -> d.findElement(By.cssSelector("#plans tbody tr .status-cell")).getText().equals("On track"));
    assertThat(browser.driver().findElement(By.id("learner-profile")).getText()).contains("comptia:a-plus");
    browser.screenshot("advisor-learner-on-track");

    browser.driver().findElement(By.id("back-to-learners")).sendKeys(Keys.ENTER);
    browser.await(d -> d.findElement(By.cssSelector("#learners tbody tr .status-cell")).getText().equals("On track"));
    assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Jordan <b>Reyes</b>");

    // At 360 px the learner's page fits the width; its wide tables scroll inside their own frames.
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
    browser.driver().findElement(By.cssSelector("#learners button.open-learner")).click();
    browser.await(d -> d.findElement(By.id("plans-status")).getText().equals("1 saved plan."));
    Object overflow = browser.driver().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    browser.screenshot("advisor-learner-360");
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.driver().getCurrentUrl()).doesNotContain(desk);
  }
}
