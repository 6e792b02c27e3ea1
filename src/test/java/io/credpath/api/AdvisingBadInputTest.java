package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded suite of bad bodies and parameters on every advising endpoint: each gets a 4xx problem+json naming what is
 * wrong, never a 5xx, and nothing is written (the audit trail stays as it was).
 */
class AdvisingBadInputTest {
  private static final long SEED = 20250913L;
  /** Values each learner field refuses (raw JSON). */
  private static final java.util.Map<String, String[]> BAD = java.util.Map.of(
      "externalRef", new String[] {"\"\"", "\" \"", "7", "[]", "{}", "\"" + "x".repeat(300) + "\"", "\"a\\u0000b\"", "null"},
      "name", new String[] {"\"\"", "7", "[\"Dana\"]", "\"" + "y".repeat(201) + "\"", "null"},
      "currentOccupation", new String[] {"7", "[]", "\"no-such-occupation\"", "\"15-1212.0\"", "\"' OR 1=1 --\""},
      "heldCredentials", new String[] {"\"cert:a-plus\"", "[1,2]", "[\"\"]", "[null]", "[\"no-such:id\"]", "[\"cert:sec-plus\"]"},
      "heldSkills", new String[] {"5", "[{}]", "[{\"skill\":\"skill:sql\",\"level\":0}]", "[{\"skill\":\"skill:sql\",\"level\":6}]",
          "[{\"skill\":\"nope\",\"level\":2}]", "[{\"skill\":\"skill:sql\",\"level\":\"high\"}]", "[{\"skill\":\"skill:sql\"}]"},
      "experienceYears", new String[] {"-1", "61", "\"ten\"", "[]", "1e308"},
      "languages", new String[] {"[\"english\"]", "\"en\"", "[1]", "[\"e1\"]"},
      "budget", new String[] {"5", "\"cheap\"", "{\"maxCost\":-1}", "{\"hoursPerWeek\":0}", "{\"maxWeeks\":0}", "{\"currency\":\"usd\"}",
          "{\"x\":1}", "{\"maxHours\":\"lots\"}"},
      "fundingNotes", new String[] {"7", "[]", "\"" + "z".repeat(4001) + "\""},
      "undocumented", new String[] {"1", "null", "\"x\""});
  private static final String[] FIELDS = BAD.keySet().stream().sorted().toArray(String[]::new);
  private static final String[] BAD_TARGETS = {"12", "true", "[]", "{}", "\"\"", "\" \"", "null", "\"no-such-job-at-all\""};
  private static final String[] BAD_SCENARIOS = {"[]", "[{}]", "[{},{},{},{},{},{}]", "[{\"budget\":{\"maxCost\":-1}},{}]",
      "[{\"name\":7},{}]", "[{\"addHeldCredentials\":[\"nope\"]},{}]", "[{\"target\":7},{}]", "\"x\"", "[{\"budget\":{\"hoursPerWeek\":100}},{}]",
      "[{\"x\":1},{}]", "[1,2]", "[{\"budget\":{\"maxWeeks\":0}},{}]", "null"};
  private static TestApi api;
  private static String learner;
  private static String plan;

  @BeforeAll
  static void start() {
    api = new TestApi();
    learner = api.post("/api/v1/advising/learners", AdvisingEndpointsTest.LEARNER, api.advisorB).json().path("id").asText();
    plan = api.post("/api/v1/advising/learners/" + learner + "/plans", "{\"target\":\"15-2051.01\"}", api.advisorB).json()
        .path("id").asText();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void everyBadAdvisingRequestGetsA4xxProblemAndWritesNothing() {
    int audited = api.get("/api/v1/advising/audit", api.advisorB).json().size();
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String[] c = generate(random);
      byte[] body = c[2].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      TestApi.Response r = api.send(c[0], c[1], body, c[0].equals("GET") ? null : "application/json", api.advisorB);
      String problem = check(r);
      if (problem != null) failures.add(c[0] + " " + c[1] + " " + clip(c[2]) + " -> " + problem + ": " + r);
    }
    assertThat(failures).as("%d cases failed", failures.size()).isEmpty();
    assertThat(api.get("/api/v1/advising/audit", api.advisorB).json()).hasSize(audited);
  }

  private static String[] generate(Random random) {
    String learners = "/api/v1/advising/learners";
    String one = learners + "/" + learner;
    String field = pick(random, FIELDS);
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> new String[] {random.nextBoolean() ? "POST" : "PUT", random.nextBoolean() ? learners : one,
          learnerWith(field, pick(random, BAD.get(field)))};
      case 3 -> new String[] {"POST", one + "/plans", random.nextBoolean() ? "{\"target\":" + pick(random, BAD_TARGETS) + "}"
          : "{\"target\":\"15-2051.01\",\"startDate\":" + pick(random, new String[] {"\"2025-13-01\"", "\"soon\"", "7"}) + "}"};
      case 4 -> new String[] {"POST", one + "/what-if", "{\"target\":\"15-2051.01\",\"scenarios\":" + pick(random, BAD_SCENARIOS) + "}"};
      default -> new String[] {"GET", pick(random, new String[] {learners + "?limit=", learners + "?offset=", "/api/v1/advising/audit?before=",
          "/api/v1/advising/audit?limit="}) + pick(random, new String[] {"-3", "abc", "1e9", "99999999999", "2.5"}), ""};
    };
  }

  /** The valid learner with {@code field} set to {@code value} (raw JSON). */
  private static String learnerWith(String field, String value) {
    String body = AdvisingEndpointsTest.LEARNER.replaceAll("\"" + field + "\":(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\"|[0-9.]+),?", "");
    body = body.replaceFirst("\\{", "{\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(value) + ",");
    return body.replace(",}", "}").replace(",\n}", "}");
  }

  private static String check(TestApi.Response r) {
    if (r.status < 400 || r.status > 499) return "status " + r.status;
    if (!r.contentType.startsWith("application/problem+json")) return "content type " + r.contentType;
    JsonNode body = r.json();
    if (body.path("status").asInt() != r.status || !body.has("title")) return "incomplete problem body";
    if (r.status == 422 && body.path("errors").isEmpty()) return "a 422 that names no field";
    if (r.body.contains("\tat ") || r.body.contains("Exception")) return "leaks internals";
    return null;
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static String clip(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
