package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The partner widget on a partner's page served from a second port (another origin), in headless Chromium against the
 * whole service: with the tenant's key it plans within the tenant's catalogue, unbroken by the page's own CSS and
 * themed by its custom properties; a wrong key, an origin the tenant does not allow and the tenant's rate limit each
 * show a clear message inside the widget.
 */
class PartnerWidgetTest extends BrowserJourney {
  private static final Set<String> PROVIDERS = Set.of("Tableau (Salesforce)", "CompTIA", "Microsoft");
  private static HttpServer partner;
  private static String key;
  private static String slowKey;

  @BeforeAll
  static void start() throws IOException {
    partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String site = "http://localhost:" + partner.getAddress().getPort();
    service.putTenant("jobsboard", "{\"providers\":[\"Tableau (Salesforce)\",\"CompTIA\",\"Microsoft\"],\"allowedOrigins\":[\"" + site
        + "\"],\"ratePerMinute\":60}");
    service.putTenant("jobsboard-trial", "{\"allowedOrigins\":[\"" + site + "\"],\"ratePerMinute\":1}");
    key = service.newKey("partner", "jobsboard");
    slowKey = service.newKey("partner", "jobsboard-trial");
    Map<String, String> pages = Map.of(
        "/jobs", widget(key, "15-2051.01"),
        "/wrong-key", widget("cp_partner.not-a-real-key", "15-2051.01"),
        "/busy", widget(slowKey, "15-2051.01") + widget(slowKey, "15-2051.01"));
    partner.createContext("/", exchange -> {
      String body = pages.get(exchange.getRequestURI().getPath());
      byte[] bytes = page(body == null ? "<p>nothing here</p>" : body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      // The partner's own strict policy: scripts and requests only from itself and credpath.
      exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src " + service.url("")
          + "; connect-src " + service.url("") + "; style-src 'self' 'unsafe-inline'");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    partner.start();
  }

  @AfterAll
  static void stop() {
    partner.stop(0);
  }

  private static String widget(String key, String target) {
    return "<script src=\"" + service.url("/widget.js") + "\" data-key=\"" + key + "\" data-target=\"" + target
        + "\" data-max-cost=\"600\" data-max-weeks=\"26\"></script>";
  }

  /** A partner page whose CSS would hide and recolour the widget's insides if it could reach them. */
  private static String page(String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Jobs board</title><style>"
        + "h2, h3, ol, section { display: none !important; } * { color: #ff0000; font-size: 8px; }"
        + " credpath-pathways { --credpath-accent: rgb(128, 0, 64); }</style></head><body><main><h1>Data jobs</h1>"
        + body + "</main></body></html>";
  }

  private String site(String host) {
    return "http://" + host + ":" + partner.getAddress().getPort();
  }

  private List<WebElement> settledWidgets(int count) {
    return browser.await(d -> {
      List<WebElement> all = d.findElements(By.tagName("credpath-pathways"));
      boolean settled = all.size() == count && all.stream().allMatch(w -> Set.of("ready", "error").contains(w.getAttribute("data-state")));
      return settled ? all : null;
    });
  }

  @Test
  void aPartnerPageEmbedsTheWidgetWithItsKeyAndGetsAPlanFromItsCatalogue() {
    browser.open(site("localhost") + "/jobs", 1000, 900);
    WebElement widget = settledWidgets(1).get(0);
    assertThat(widget.getAttribute("data-state")).isEqualTo("ready");
    SearchContext inside = widget.getShadowRoot();
    WebElement heading = inside.findElement(By.cssSelector("h2"));
    assertThat(heading.isDisplayed()).as("the page's CSS does not reach into the widget").isTrue();
    assertThat(heading.getText()).isEqualTo("Pathways into Business Intelligence Analysts");
    List<WebElement> alternatives = inside.findElements(By.cssSelector("section.alternative"));
    assertThat(alternatives).isNotEmpty();
    assertThat(alternatives.get(0).findElement(By.cssSelector("h3")).getCssValue("color")).isEqualTo("rgba(128, 0, 64, 1)");
    List<WebElement> steps = inside.findElements(By.cssSelector("li.step"));
    assertThat(steps).isNotEmpty();
    assertThat(steps.get(0).getCssValue("color")).as("the page's red does not reach in").isEqualTo("rgba(31, 35, 40, 1)");
    assertThat(steps.get(0).getCssValue("font-size")).isEqualTo("16px");
    for (WebElement step : steps) {
      assertThat(step.getText()).as("a step from the tenant's providers only").matches(t -> PROVIDERS.stream().anyMatch(t::contains));
    }
    assertThat(inside.findElement(By.cssSelector("a")).getAttribute("href")).startsWith(service.url("/?target=15-2051.01"));
    browser.screenshot("partner-widget");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aWrongKeyShowsWhyInsideTheWidget() {
    browser.open(site("localhost") + "/wrong-key", 1000, 700);
    WebElement widget = settledWidgets(1).get(0);
    assertThat(widget.getAttribute("data-state")).isEqualTo("error");
    WebElement message = widget.getShadowRoot().findElement(By.cssSelector("[role=alert]"));
    assertThat(message.isDisplayed()).isTrue();
    assertThat(message.getText()).contains("partner key was not accepted").contains("invalid or revoked API key");
    browser.screenshot("partner-widget-wrong-key");
    browser.consoleErrors(); // the refused request is logged as a failed load; that one is expected
  }

  @Test
  void anOriginTheTenantDoesNotAllowShowsWhyInsideTheWidget() {
    browser.open(site("127.0.0.1") + "/jobs", 1000, 700);
    WebElement widget = settledWidgets(1).get(0);
    assertThat(widget.getAttribute("data-state")).isEqualTo("error");
    WebElement message = widget.getShadowRoot().findElement(By.cssSelector("[role=alert]"));
    assertThat(message.getText()).isEqualTo("This site (" + site("127.0.0.1") + ") is not one of the sites allowed to use this "
        + "credpath partner key, so credpath's answer cannot be shown here. The site owner must add this address to the "
        + "partner's allowed origins.");
    assertThat(message.isDisplayed()).isTrue();
    browser.screenshot("partner-widget-disallowed-origin");
    browser.consoleErrors(); // the refused preflight is logged; that one is expected
  }

  @Test
  void theTenantsRateLimitShowsWhyInsideTheWidget() {
    browser.open(site("localhost") + "/busy", 1000, 900);
    List<WebElement> widgets = settledWidgets(2);
    assertThat(widgets).extracting(w -> w.getAttribute("data-state")).containsExactlyInAnyOrder("ready", "error");
    WebElement refused = widgets.stream().filter(w -> w.getAttribute("data-state").equals("error")).findFirst().orElseThrow();
    assertThat(refused.getShadowRoot().findElement(By.cssSelector("[role=alert]")).getText())
        .matches("Too many requests from this site right now; try again in \\d+ seconds\\.");
    browser.screenshot("partner-widget-rate-limited");
    browser.consoleErrors(); // the 429 is logged as a failed load; that one is expected
  }

  @Test
  void theWidgetScriptIsUnder50KilobytesGzipped() throws IOException {
    HttpResponse<byte[]> script = service.get("/widget.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(script.body());
    }
    assertThat(script.body().length).isGreaterThan(1000);
    assertThat(zipped.size()).isLessThan(50 * 1024);
  }
}
