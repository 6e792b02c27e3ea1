package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress on a saved plan through a real server: steps marked started, completed or abandoned, a completed step held
 * and its cost and the weeks gone taken off the budget of the rest, planned again from today; a learner behind schedule
 * flagged with the weeks and the new finish date; bad marks answered 4xx naming the field; other tenants answered 404.
 */
class ProgressEndpointsTest {
  private static final String LEARNERS = "/api/v1/advising/learners";
  private static final LocalDate START = LocalDate.parse("2025-01-06");
  private static final LocalDate TODAY = LocalDate.parse("2025-03-01"); // TestApi's clock
  private TestApi api;
  private String learner;
  private String progress;
  private JsonNode steps;

  @BeforeEach
  void start() {
    api = new TestApi();
    learner = LEARNERS + "/" + api.post(LEARNERS, AdvisingEndpointsTest.LEARNER, api.advisorB).json().path("id").asText();
    JsonNode plan = api.post(learner + "/plans", "{\"target\":\"15-2051.01\",\"startDate\":\"" + START + "\"}", api.advisorB).json();
    progress = learner + "/plans/" + plan.path("id").asText() + "/progress";
    steps = plan.path("response").path("pathways").get(0).path("steps");
    assertThat(steps.size()).as("the fake planner plans several steps").isGreaterThan(1);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aFreshPlanShowsEveryStepPlannedWithItsDueDateAndWhetherTheLearnerIsBehind() {
    TestApi.Response r = api.get(progress, api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    JsonNode p = r.json();
    assertThat(p.path("weeksElapsed").asInt()).isEqualTo(7);
    assertThat(p.path("steps").findValuesAsText("credential")).isEqualTo(steps.findValuesAsText("credential"));
    assertThat(p.path("steps").findValuesAsText("status")).containsOnly("planned");
    List<String> overdue = new ArrayList<>();
    long mostDays = 0;
    for (JsonNode s : steps) {
      LocalDate due = START.plusDays(7L * s.path("endWeek").asInt() - 1);
      if (TODAY.isAfter(due)) {
        overdue.add(s.path("credential").asText());
        mostDays = Math.max(mostDays, TODAY.toEpochDay() - due.toEpochDay());
      }
    }
    for (JsonNode s : p.path("steps")) {
      assertThat(s.path("due").asText()).isEqualTo(START.plusDays(7L * s.path("endWeek").asInt() - 1).toString());
      assertThat(s.path("overdue").asBoolean()).isEqualTo(overdue.contains(s.path("credential").asText()));
    }
    if (overdue.isEmpty()) {
      assertThat(p.path("behind").isNull()).isTrue();
    } else {
      int weeks = (int) ((mostDays + 6) / 7);
      assertThat(p.path("behind").path("weeks").asInt()).isEqualTo(weeks);
      assertThat(p.path("behind").path("newFinish").asText())
          .isEqualTo(LocalDate.parse(p.path("behind").path("plannedFinish").asText()).plusWeeks(weeks).toString());
    }
    assertThat(p.path("budgetLeft").path("maxCost").asDouble()).isEqualTo(600);
    assertThat(p.path("budgetLeft").path("maxWeeks").asInt()).isEqualTo(26 - 7);
    assertThat(p.path("remainingRequest").path("startDate").asText()).isEqualTo(TODAY.toString());
  }

  @Test
  void aCompletedStepIsHeldItsCostAndTheWeeksGoneLeaveTheBudgetAndTheRestIsPlannedFromToday() {
    JsonNode first = steps.get(0);
    String credential = first.path("credential").asText();
    TestApi.Response r = api.post(progress, "{\"credential\":\"" + credential + "\",\"status\":\"completed\",\"date\":\"2025-02-20\","
        + "\"evidenceUrl\":\"https://badges.example/abc\"}", api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    JsonNode p = r.json();
    JsonNode step = p.path("steps").get(0);
    assertThat(step.path("status").asText()).isEqualTo("completed");
    assertThat(step.path("date").asText()).isEqualTo("2025-02-20");
    assertThat(step.path("evidenceUrl").asText()).isEqualTo("https://badges.example/abc");
    assertThat(step.path("overdue").asBoolean()).isFalse();
    double cost = first.path("cost").asDouble();
    assertThat(p.path("spent").asDouble()).isEqualTo(cost);
    assertThat(p.path("budgetLeft").path("maxCost").asDouble()).isEqualTo(600 - cost);
    assertThat(p.path("remainingRequest").path("profile").path("heldCredentials").findValuesAsText("")).isEmpty();
    assertThat(p.path("remainingRequest").path("profile").path("heldCredentials").toString()).contains(credential);
    assertThat(p.path("remaining").path("pathways").findValuesAsText("credential")).doesNotContain(credential);
    assertThat(api.get(learner, api.advisorB).json().path("heldCredentials").toString()).contains(credential);
    // what was said is kept: reading progress again answers the same
    assertThat(api.get(progress, api.advisorB).json().path("steps")).isEqualTo(p.path("steps"));
    JsonNode trail = api.get("/api/v1/advising/audit?limit=1", api.advisorB).json();
    assertThat(trail.get(0).path("action").asText()).isEqualTo("plan.progress");

    TestApi.Response again = api.post(progress, "{\"credential\":\"" + credential + "\",\"status\":\"abandoned\"}", api.advisorB);
    assertThat(again.status).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType).startsWith("application/problem+json");
  }

  @Test
  void startedAndAbandonedStepsAreShownAndAnAbandonedOneIsNotOverdue() {
    String second = steps.get(1).path("credential").asText();
    assertThat(api.post(progress, "{\"credential\":\"" + second + "\",\"status\":\"started\"}", api.advisorB).json()
        .path("steps").get(1).path("status").asText()).isEqualTo("started");
    JsonNode p = api.post(progress, "{\"credential\":\"" + second + "\",\"status\":\"abandoned\",\"date\":\"2025-02-01\"}", api.advisorB).json();
    assertThat(p.path("steps").get(1).path("status").asText()).isEqualTo("abandoned");
    assertThat(p.path("steps").get(1).path("date").asText()).isEqualTo("2025-02-01");
    assertThat(p.path("steps").get(1).path("overdue").asBoolean()).isFalse();
    assertThat(p.path("spent").asDouble()).isZero();
  }

  @Test
  void badMarksAre422NamingTheFieldAndChangeNothing() {
    TestApi.Response bad = api.post(progress, "{\"status\":\"done\",\"date\":\"2025-03-02\",\"evidenceUrl\":\"ftp://x.example/a\",\"note\":1}",
        api.advisorB);
    assertThat(bad.status).as(bad.toString()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("credential", "status", "date", "evidenceUrl", "note");
    TestApi.Response notAStep = api.post(progress, "{\"credential\":\"cert:nope\",\"status\":\"started\"}", api.advisorB);
    assertThat(notAStep.status).as(notAStep.toString()).isEqualTo(422);
    assertThat(notAStep.body).contains("credential", "not a step", steps.get(0).path("credential").asText());
    assertThat(api.post(progress, "{\"credential\":\"x\",\"status\":\"started\",\"date\":\"1 May\"}", api.advisorB).status).isEqualTo(422);
    assertThat(api.get(progress, api.advisorB).json().path("steps").findValuesAsText("status")).containsOnly("planned");
  }

  @Test
  void anotherTenantsPlanIs404() {
    String body = "{\"credential\":\"" + steps.get(0).path("credential").asText() + "\",\"status\":\"completed\"}";
    assertThat(api.get(progress, api.advisorA).status).isEqualTo(404);
    assertThat(api.post(progress, body, api.advisorA).status).isEqualTo(404);
    assertThat(api.get(progress, api.partnerB).status).isEqualTo(403);
    assertThat(api.get(progress.replace("/plans/p", "/plans/q"), api.advisorB).status).isEqualTo(404);
    assertThat(api.get(progress, api.advisorB).json().path("steps").findValuesAsText("status")).containsOnly("planned");
  }
}
