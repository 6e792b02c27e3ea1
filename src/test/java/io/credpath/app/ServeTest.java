package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service as {@code credpath serve} builds it (shipped taxonomy and rules, real search index, H2
 * store, Javalin on a random port), exercised over HTTP.
 */
class ServeTest {
  private static final String ADMIN_KEY = "cp_admin.serve-test-secret-0123456789abcdef";
  @TempDir
  static Path dataDir;
  private static Application app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    AppConfig config = AppConfig.from(Map.of("port", "0", "taxonomy", "taxonomy", "rules", "rules",
        "data-dir", dataDir.toString(), "admin-key", ADMIN_KEY), Map.of());
    app = Application.serve(config, new PrintStream(LOG, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) b.header("Authorization", "Bearer " + key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startsOnlyOnceTheShippedRulesPlanTheGoldenCareerChanges() {
    assertThat(LOG.toString(StandardCharsets.UTF_8)).containsPattern("rules tried on .*samples.json in \\d+ ms: [1-9]\\d* sample "
        + "plan\\(s\\) passed, 0 skipped");
  }

  @Test
  void isLiveAndReadyWithEverythingLoaded() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = get("/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"ready\":true");
  }

  @Test
  void searchesTheShippedCatalogue() throws Exception {
    HttpResponse<String> r = get("/api/v1/credentials?q=google+data+analytics&size=5");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("coursera:google-data-analytics").contains("\"facets\"");
  }

  @Test
  void describesACredentialWithItsPrerequisitesAndStacks() throws Exception {
    HttpResponse<String> r = get("/api/v1/credentials/comptia:security-plus");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Security+").contains("stack:comptia-secure-infrastructure-specialist");
  }

  @Test
  void plansAPathwayWithTheRealPlannerAndRules() throws Exception {
    String body = """
        {"target":"15-1212.00","profile":{"currentOccupation":"33-9032.00","experienceYears":5},
         "budget":{"maxCost":2000,"maxWeeks":52,"hoursPerWeek":8},"preferences":{"alternatives":3}}""";
    HttpResponse<String> r = post("/api/v1/pathways", body, ADMIN_KEY);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"target\":{\"id\":\"15-1212.00\"").contains("\"pathways\":[{").contains("\"reasons\":[{\"rule\"");
  }

  @Test
  void planningWithoutAKeyIsRefusedAsProblemJson() throws Exception {
    HttpResponse<String> r = post("/api/v1/pathways", "{\"target\":\"15-1212.00\"}", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  @Test
  void unknownTargetIsA404ThatSuggestsNames() throws Exception {
    HttpResponse<String> r = post("/api/v1/pathways", "{\"target\":\"15-2051.0\"}", ADMIN_KEY);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("15-2051.01");
  }

  @Test
  void servesOpenApiAndMetrics() throws Exception {
    assertThat(get("/openapi.json").body()).contains("/api/v1/pathways");
    get("/health");
    assertThat(get("/metrics").body()).contains("http_server_requests");
  }

  @Test
  void reloadsTaxonomyAndRulesWithTheAdminKey() throws Exception {
    HttpResponse<String> r = post("/api/v1/admin/reload", "{}", ADMIN_KEY);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(get("/api/v1/credentials/comptia:security-plus").statusCode()).isEqualTo(200);
    assertThat(Files.exists(dataDir.resolve("index"))).isTrue();
  }
}
