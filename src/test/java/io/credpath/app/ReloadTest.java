package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.catalog.TaxonomyFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading broken data through the admin API of a real server (a tiny taxonomy, rules that decide nothing, and a
 * sample request the tiny taxonomy can plan): every rejected reload is a 422 listing each problem as
 * {@code file:line: message} while the previous rules keep serving, and a rule that throws only on some requests
 * answers them with a problem naming it.
 */
class ReloadTest {
  private static final String ADMIN_KEY = "cp_admin.reload-test-secret-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String DIVIDES_BY_ZERO_ON = """
      package credpath

      import io.credpath.rules.facts.Candidate;
      import io.credpath.rules.facts.Wishes;
      import io.credpath.rules.facts.Weight;

      rule "WeighByDividingByZero"
      when
          Wishes( %s )
          $c : Candidate( )
      then
          int none = 0;
          insertLogical(new Weight($c.id(), 1 / none, drools.getRule().getName(), "never"));
      end
      """;
  @TempDir static Path home;
  private static Path taxonomy;
  private static Path rules;
  private static String shippedCredentials;
  private static Application app;

  @BeforeAll
  static void start() throws Exception {
    taxonomy = new TaxonomyFiles().writeTo(Files.createDirectories(home.resolve("taxonomy")));
    Files.writeString(taxonomy.resolve("occupations.jsonl"), "{\"id\":\"41-1011.00\",\"title\":\"Retail Supervisor\",\"alternateTitles\":[],"
        + "\"description\":\"\",\"jobZone\":3,\"requirements\":[],\"escoUris\":[],\"related\":[]}\n", StandardOpenOption.APPEND);
    String course = Files.readAllLines(taxonomy.resolve("credentials.jsonl")).get(1) // x:a, teaching SQL at level 2
        .replace("\"id\":\"x:a\"", "\"id\":\"x:sql\"").replace("\"level\":2}]", "\"level\":3}]")
        .replaceAll(",\"requires\":.*}$", "}");
    Files.writeString(taxonomy.resolve("credentials.jsonl"), course + "\n", StandardOpenOption.APPEND);
    shippedCredentials = Files.readString(taxonomy.resolve("credentials.jsonl"));
    rules = TestHome.rules(home);
    Files.writeString(rules.resolve(CareerChange.FILE),
        "{\"careerChanges\":[{\"name\":\"supervisor -> analyst\",\"current\":\"41-1011.00\",\"target\":\"15-2051.01\"}]}");
    app = Application.serve(AppConfig.from(Map.of("port", "0", "taxonomy", taxonomy.toString(), "rules", rules.toString(),
        "data-dir", home.resolve("data").toString(), "admin-key", ADMIN_KEY, "on-disk-index", "false"), Map.of()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @AfterEach
  void restore() throws Exception {
    for (String extra : new String[] {"broken.drl", "typo.drl", "weights.drl"}) Files.deleteIfExists(rules.resolve(extra));
    Files.writeString(taxonomy.resolve("credentials.jsonl"), shippedCredentials);
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode rejected(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("title").asText()).isEqualTo("Reload rejected");
    return body.path("problems");
  }

  private static void stillPlans() throws Exception {
    HttpResponse<String> r = post("/api/v1/pathways", "{\"target\":\"15-2051.01\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).as("the sample plans a pathway, so the rules run").contains("\"credential\":\"x:sql\"");
  }

  @Test
  void rulesThatDoNotCompileAreRejectedWithEveryProblem() throws Exception {
    Files.writeString(rules.resolve("broken.drl"), "package credpath\n\nrule \"ExcludeNothing\"\nwhen\n    NoSuchFact( cost > 1 )\nthen\nend\n");
    Files.writeString(rules.resolve("typo.drl"), "package credpath\n\nrule \"Unfinished\"\nwhen\n    String( length > )\nthen\nend\n");
    JsonNode problems = rejected(post("/api/v1/admin/reload", "{}"));
    assertThat(problems).extracting(JsonNode::asText)
        .anySatisfy(p -> assertThat(p).startsWith("rules/broken.drl:5: Unable to resolve ObjectType 'NoSuchFact'"))
        .anySatisfy(p -> assertThat(p).startsWith("rules/typo.drl:5: "));
    stillPlans();
  }

  @Test
  void rulesThatThrowOnTheSampleRequestsAreRejected() throws Exception {
    Files.writeString(rules.resolve("weights.drl"), DIVIDES_BY_ZERO_ON.formatted(""));
    JsonNode problems = rejected(post("/api/v1/admin/reload", "{}"));
    assertThat(problems).extracting(JsonNode::asText).containsExactly("rules/weights.drl:7: rule \"WeighByDividingByZero\" threw "
        + "ArithmeticException: / by zero planning sample \"supervisor -> analyst ($600 in 26 weeks)\"");
    stillPlans();
  }

  @Test
  void aTaxonomyThatFailsValidationIsRejectedWithEveryProblem() throws Exception {
    Files.writeString(taxonomy.resolve("credentials.jsonl"), "{\"id\":\"x:broken\"\n", StandardOpenOption.APPEND);
    JsonNode problems = rejected(post("/api/v1/admin/reload", "{}"));
    assertThat(problems).extracting(JsonNode::asText).singleElement().asString().startsWith("credentials.jsonl:6: malformed JSON");
    stillPlans();
  }

  @Test
  void aRuleThatThrowsOnlyOnSomeRequestsAnswersThemWithAProblemNamingIt() throws Exception {
    Files.writeString(rules.resolve("weights.drl"), DIVIDES_BY_ZERO_ON.formatted("maxCost == 123.0"));
    HttpResponse<String> reload = post("/api/v1/admin/reload", "{}");
    assertThat(reload.statusCode()).as("the samples do not spend $123, so the trial passes: %s", reload.body()).isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r = post("/api/v1/pathways", "{\"target\":\"15-2051.01\",\"budget\":{\"maxCost\":123}}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("rule").asText()).isEqualTo("WeighByDividingByZero");
      assertThat(body.path("detail").asText()).startsWith("rule \"WeighByDividingByZero\" (rules/weights.drl:7) failed: "
          + "ArithmeticException: / by zero");
    }
    stillPlans();
  }
}
