package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.planner.RuleFailedException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures of the server's own data and rules are problem documents that say what failed, not generic 500s. */
class ServerSideFailuresTest {
  @RegisterExtension
  static final TestApi api = new TestApi();

  @AfterEach
  void heal() {
    api.services.reloadFailure = null;
    api.services.planFailure = null;
  }

  @Test
  void aRejectedReloadIs422ListingEveryProblem() {
    api.services.reloadFailure = new ReloadRejectedException(List.of(
        "rules/broken.drl:5: Unable to resolve ObjectType 'NoSuchFact'", "rules/typo.drl:5: [ERR 102] mismatched input ')'"));
    TestApi.Response r = api.post("/api/v1/admin/reload", "{}", api.admin);
    assertThat(r.status).as(r.toString()).isEqualTo(422);
    assertThat(r.contentType).startsWith("application/problem+json");
    JsonNode body = r.json();
    assertThat(body.path("title").asText()).isEqualTo("Reload rejected");
    assertThat(body.path("detail").asText()).contains("2 problem(s); the previous taxonomy and rules keep serving");
    assertThat(body.path("problems")).extracting(JsonNode::asText).containsExactly(
        "rules/broken.drl:5: Unable to resolve ObjectType 'NoSuchFact'", "rules/typo.drl:5: [ERR 102] mismatched input ')'");
    assertThat(api.get("/metrics", null).body).contains("credpath_rules_reloads_total{result=\"failed\"} 1.0");
  }

  @Test
  void aRuleThatThrowsAnswersEveryRequestWithAProblemNamingTheRule() {
    api.services.planFailure = new RuleFailedException("WeighByDividingByZero", "rules/weights.drl:5", "ArithmeticException: / by zero",
        new ArithmeticException("/ by zero"));
    for (int i = 0; i < 5; i++) {
      TestApi.Response r = api.post("/api/v1/pathways", "{\"target\":\"15-2051.01\"}", api.admin);
      assertThat(r.status).as(r.toString()).isEqualTo(500);
      assertThat(r.contentType).startsWith("application/problem+json");
      assertThat(r.json().path("title").asText()).isEqualTo("Rule failed");
      assertThat(r.json().path("rule").asText()).isEqualTo("WeighByDividingByZero");
      assertThat(r.json().path("detail").asText()).startsWith(
          "rule \"WeighByDividingByZero\" (rules/weights.drl:5) failed: ArithmeticException: / by zero");
      assertThat(r.body).doesNotContain("\tat ");
    }
  }
}
