package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;

/**
 * The career-changer page at {@code /} in headless Chromium against the whole service (shipped taxonomy and rules):
 * a career changer's journey from a misspelt job title to a shared plan, the timeline's downloads, the page at 360
 * px, and axe-core's accessibility check; the browser console stays free of errors throughout.
 */
class CareerChangerPageTest extends BrowserJourney {
  private static final String BI_ANALYSTS = "Business Intelligence Analysts";

  private WebElement field(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private static void retype(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** What identifies a plan on screen: each alternative's label, total cost, weeks and step credentials. */
  private List<String> planOnScreen() {
    browser.shown(By.cssSelector("#alternatives .alternative"));
    return browser.driver().findElements(By.cssSelector("#alternatives .alternative")).stream()
        .map(a -> a.getAttribute("data-label") + " | " + a.findElement(By.className("total-cost")).getText() + " | "
            + a.findElement(By.className("total-weeks")).getText() + " | "
            + a.findElements(By.cssSelector(".step")).stream().map(s -> s.getAttribute("data-credential")).toList())
        .toList();
  }

  @Test
  void careerChangerTypesAMisspeltJobPicksItPlansSharesAndReloadsTheSamePlan() {
    browser.open(service.url("/"), 1280, 1000);
    WebElement target = browser.shown(By.id("target"));
    target.sendKeys("data analist");
    browser.await(d -> d.findElements(By.cssSelector("#target-list [role=option]")).stream()
        .anyMatch(o -> o.getText().equals(BI_ANALYSTS)));
    // The keyboard alone picks it: arrows down to the option, Enter.
    for (int i = 0; i < 8 && !browser.driver().findElements(By.cssSelector("#target-list [aria-selected=true]")).stream()
        .anyMatch(o -> o.getText().equals(BI_ANALYSTS)); i++) {
      target.sendKeys(Keys.ARROW_DOWN);
    }
    target.sendKeys(Keys.ENTER);
    assertThat(target.getAttribute("value")).isEqualTo(BI_ANALYSTS);
    retype(field("cost"), "600");
    retype(field("weeks"), "26");
    field("plan-button").click();

    List<String> plan = planOnScreen();
    assertThat(plan).hasSizeGreaterThanOrEqualTo(2);
    String labels = String.join(" ", plan);
    assertThat(labels).contains("cheapest").contains("fastest").contains("best-recognised");
    for (WebElement cost : browser.driver().findElements(By.className("total-cost"))) {
      assertThat(Double.parseDouble(cost.getText().replaceAll("[^0-9.]", ""))).isLessThanOrEqualTo(600);
    }
    for (WebElement weeks : browser.driver().findElements(By.className("total-weeks"))) {
      assertThat(Integer.parseInt(weeks.getText())).isLessThanOrEqualTo(26);
    }
    WebElement first = browser.driver().findElement(By.cssSelector("#alternatives .alternative"));
    int steps = first.findElements(By.className("step")).size();
    WebElement chart = browser.shown(By.cssSelector(".timeline-frame svg"));
    assertThat(chart.findElements(By.cssSelector("g.step"))).hasSize(steps);
    assertThat(chart.findElements(By.cssSelector("g.step rect"))).hasSize(steps);
    assertThat(chart.getText()).contains("h/wk");

    WebElement why = first.findElement(By.cssSelector("details.why summary"));
    assertThat(why.getText()).isEqualTo("Why this?");
    why.click();
    WebElement reason = first.findElement(By.cssSelector("details.why[open] .reasons li"));
    assertThat(reason.isDisplayed()).isTrue();
    assertThat(reason.getText()).isNotBlank();
    browser.driver().findElement(By.cssSelector("#excluded summary")).click();
    assertThat(browser.driver().findElements(By.cssSelector("#excluded li")).get(0).getText()).contains(":");
    browser.screenshot("career-changer-journey");

    String shared = field("share-url").getAttribute("value");
    assertThat(shared).startsWith(service.url("/?")).contains("target=15-2051.01").contains("cost=600").contains("weeks=26");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.open(shared, 1280, 1000);
    assertThat(planOnScreen()).isEqualTo(plan);
    assertThat(field("target").getAttribute("value")).isEqualTo(BI_ANALYSTS);
    assertThat(field("cost").getAttribute("value")).isEqualTo("600");
    browser.screenshot("career-changer-shared-link");
    assertThat(browser.seriousViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void timelineDownloadsAsSvgAndTheStepsAsACalendar() throws Exception {
    // A fitness instructor's certification asks for first aid first: the chart draws that prerequisite as an arrow.
    browser.open(service.url("/?target=39-9031.00&current=41-2031.00&cost=1000&weeks=26&hours=8&start=2027-01-04&lang=en"), 1280, 1000);
    planOnScreen();
    WebElement chosen = browser.driver().findElement(By.cssSelector("#alternatives .alternative"));
    List<String> steps = chosen.findElements(By.className("step")).stream().map(s -> s.getAttribute("data-credential")).toList();
    field("download-svg").click();
    Path svg = browser.download(".svg");
    Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(chart.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(chart.getElementsByTagName("rect").getLength()).isEqualTo(steps.size() + 1); // a bar per step and the background
    org.w3c.dom.NodeList paths = chart.getElementsByTagName("path");
    List<String> arrows = new java.util.ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      org.w3c.dom.Element path = (org.w3c.dom.Element) paths.item(i);
      if (path.getAttribute("class").equals("prerequisite")) arrows.add(path.getAttribute("data-from") + " -> " + path.getAttribute("data-to"));
    }
    assertThat(arrows).contains("redcross:adult-pediatric-first-aid-cpr-aed -> ace:group-fitness-instructor");
    field("download-ics").click();
    String ics = Files.readString(browser.download(".ics"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(Pattern.compile("BEGIN:VEVENT").matcher(ics).results().count()).isEqualTo(steps.size());
    assertThat(ics).contains("DTSTART;VALUE=DATE:20270104");
    for (String line : ics.split("\r\n")) assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void worksOnAPhoneScreen360PixelsWide() {
    // An office clerk holding CompTIA A+ moving into security: the best-recognised pathway completes two CompTIA stacks.
    browser.open(service.url("/?target=15-1212.00&current=43-9061.00&held=comptia:a-plus&cost=2000&weeks=52&hours=10&lang=en"), 360, 780);
    planOnScreen();
    assertThat(browser.driver().findElement(By.cssSelector("#held-chips li")).getText()).contains("CompTIA A+");
    assertThat(browser.driver().findElements(By.cssSelector(".stacks li")).stream().map(WebElement::getText))
        .anyMatch(t -> t.startsWith("CompTIA"));
    org.openqa.selenium.support.ui.Select choice = new org.openqa.selenium.support.ui.Select(field("timeline-choice"));
    choice.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith("best-recognised")).findFirst()
        .ifPresent(choice::selectByVisibleText);
    assertThat(browser.driver().findElements(By.cssSelector(".timeline-frame svg path.milestone"))).hasSizeGreaterThanOrEqualTo(1);
    Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
    assertThat(pageWidth.intValue()).as("the page never scrolls sideways; the timeline scrolls in its own frame").isLessThanOrEqualTo(360);
    WebElement frame = browser.shown(By.className("timeline-frame"));
    assertThat(frame.getRect().getWidth()).isLessThanOrEqualTo(360);
    assertThat(field("plan-button").getRect().getX() + field("plan-button").getRect().getWidth()).isLessThanOrEqualTo(360);
    browser.screenshot("career-changer-360px");
    assertThat(browser.seriousViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void heldSkillsAndTheirLevelsGoIntoThePlanAndItsLink() {
    browser.open(service.url("/?target=15-2051.01&cost=600&weeks=26&hours=8&lang=en"), 1280, 1000);
    planOnScreen();
    WebElement skill = field("skill");
    skill.sendKeys("sql");
    browser.await(d -> d.findElements(By.cssSelector("#skill-list [role=option]")).stream()
        .filter(o -> o.getText().equals("SQL")).findFirst().orElse(null)).click();
    WebElement level = browser.shown(By.cssSelector("#skill-chips li[data-id='skill:sql'] select"));
    assertThat(level.getAccessibleName()).isEqualTo("How well you know SQL");
    new org.openqa.selenium.support.ui.Select(level).selectByValue("4");
    field("plan-button").click();
    String shared = browser.await(d -> {
      String link = field("share-url").getAttribute("value");
      return link.contains("skills=") ? link : null;
    });
    assertThat(shared).contains("skills=skill%3Asql%404");
    browser.open(shared, 1280, 1000);
    planOnScreen();
    WebElement chip = browser.shown(By.cssSelector("#skill-chips li[data-id='skill:sql']"));
    assertThat(chip.getText()).startsWith("SQL");
    assertThat(chip.findElement(By.tagName("select")).getAttribute("value")).isEqualTo("4");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void swaggerUiStillRunsBesideThePagesPolicy() {
    browser.open(service.url("/docs"), 1280, 1000);
    // Swagger UI renders its page in steps, replacing elements as it goes; wait until the API's title is there.
    browser.await(d -> d.findElement(By.cssSelector(".swagger-ui .info .title")).getText().startsWith("credpath API"));
  }
}
