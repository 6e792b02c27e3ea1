package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cohorts through a real server: a CSV upload keeps its good rows as learners and reports the others by line and column,
 * in one transaction; a background job plans every member and saves each plan once, with progress readable while it runs;
 * bad files are 4xx problems naming line and column and store nothing; another tenant's cohort and job are 404.
 */
class CohortEndpointsTest {
  private static final String COHORTS = "/api/v1/advising/cohorts";
  private static final String HEADER = "reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks\n";
  private TestApi api;

  @BeforeEach
  void start() {
    api = new TestApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private TestApi.Response upload(String csv, String key) {
    return api.send("POST", COHORTS + "?name=autumn", csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", key);
  }

  private JsonNode waitForJob(String path, String key) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      JsonNode job = api.get(path, key).json();
      if (job.path("state").asText().equals("done") || job.path("state").asText().equals("failed")) return job;
      Thread.sleep(50);
    }
    throw new AssertionError("the job did not finish: " + api.get(path, key));
  }

  @Test
  void anUploadKeepsGoodRowsAsLearnersAndReportsTheOthersByLineAndColumn() {
    TestApi.Response r = upload(HEADER
        + "S-1,Dana Whitfield,Information Security Analysts,15-2051.01,course:sql-basics,4,8,600,26\n"
        + "S-2,Sam,,15-2051.0,,,,,\n"
        + "S-3,\"Okafor, Chidi\",,Data Analyst,,1,10,,\n", api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(201);
    JsonNode u = r.json();
    assertThat(u.path("name").asText()).isEqualTo("autumn");
    assertThat(List.of(u.path("rows").asInt(), u.path("accepted").asInt(), u.path("rejected").asInt())).containsExactly(3, 2, 1);
    assertThat(r.header("Location")).hasValue(COHORTS + "/" + u.path("id").asText());
    JsonNode bad = u.path("outcomes").get(1);
    assertThat(bad.path("accepted").asBoolean()).isFalse();
    assertThat(bad.path("errors").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(bad.path("errors").get(0).path("column").asInt()).isEqualTo(4);
    assertThat(bad.path("errors").get(0).path("message").asText()).contains("did you mean: 15-2051.01");
    JsonNode learners = api.get("/api/v1/advising/learners", api.advisorB).json();
    assertThat(learners.findValuesAsText("externalRef")).containsExactly("S-1", "S-3");
    assertThat(learners.get(0).path("currentOccupation").asText()).isEqualTo("15-1212.00");
    JsonNode cohort = api.get(COHORTS + "/" + u.path("id").asText(), api.advisorB).json();
    assertThat(cohort.path("members").findValuesAsText("reference")).containsExactly("S-1", "S-3");
    assertThat(cohort.path("members").findValuesAsText("target")).containsOnly("15-2051.01");
    // a second upload naming a reference the tenant already has rejects that row
    TestApi.Response again = upload(HEADER + "S-1,Dana,,15-2051.01,,,,,\nS-4,Ana,,15-1212.00,,,,,\n", api.advisorB);
    assertThat(again.status).as(again.toString()).isEqualTo(201);
    assertThat(again.json().path("outcomes").get(0).path("errors").get(0).path("message").asText()).contains("already has the reference 'S-1'");
    JsonNode trail = api.get("/api/v1/advising/audit", api.advisorB).json();
    assertThat(trail.findValuesAsText("action")).containsExactly("cohort.create", "learner.create", "cohort.create", "learner.create",
        "learner.create");
  }

  @Test
  void badFilesAre4xxProblemsNamingLineAndColumnAndStoreNothing() {
    List<String> files = List.of("", HEADER, "reference,name,target,nickname\nS-1,D,15-2051.01,x\n",
        HEADER + "S-1,\"Dana,,15-2051.01,,,,,\n", HEADER + "S-1,Dana,,15-2051.0,,,,,\nS-2,,,15-1212.00,,,,,\n");
    for (String csv : files) {
      TestApi.Response r = upload(csv, api.advisorB);
      assertThat(r.status).as(csv + " -> " + r).isEqualTo(422);
      assertThat(r.contentType).startsWith("application/problem+json");
      assertThat(r.json().path("errors")).isNotEmpty();
      r.json().path("errors").forEach(e -> assertThat(e.path("field").asText()).matches("line \\d+, column \\d+.*"));
    }
    byte[] latin1 = (HEADER + "S-1,Jos\u00e9,,15-2051.01,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
    TestApi.Response notUtf8 = api.send("POST", COHORTS, latin1, "text/csv", api.advisorB);
    assertThat(notUtf8.status).isEqualTo(422);
    assertThat(notUtf8.body).contains("line 2, column 2", "not UTF-8");
    assertThat(api.send("POST", COHORTS, "a,b\n".getBytes(StandardCharsets.UTF_8), "application/json", api.advisorB).status).isEqualTo(415);
    assertThat(api.send("POST", COHORTS, "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv; charset=latin1", api.advisorB).status).isEqualTo(415);
    byte[] huge = new byte[CohortController.MAX_CSV_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    TestApi.Response tooLarge = api.send("POST", COHORTS, huge, "text/csv", api.advisorB);
    assertThat(tooLarge.status).isEqualTo(413);
    assertThat(api.get("/api/v1/advising/learners", api.advisorB).json()).isEmpty();
    assertThat(api.get("/api/v1/advising/audit", api.advisorB).json()).isEmpty();
    // a file between the JSON limit and the upload limit is read
    StringBuilder big = new StringBuilder(HEADER);
    for (int i = 0; big.length() < 100 * 1024; i++) big.append("S-").append(i).append(",Learner ").append(i).append(",,15-2051.01,,,,,\n");
    assertThat(upload(big.toString(), api.advisorB).status).isEqualTo(201);
  }

  @Test
  void aJobPlansEveryMemberOnceWithProgressAndRowsThatCannotBePlannedAreCountedWithWhy() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 12; i++) csv.append("S-").append(i).append(",Learner ").append(i).append(",,").append(i % 2 == 0 ? "15-2051.01" : "15-1212.00")
        .append(",,2,8,2000,52\n");
    JsonNode u = upload(csv.toString(), api.advisorB).json();
    String cohort = u.path("id").asText();
    String deleted = u.path("outcomes").get(4).path("learner").asText();
    assertThat(api.delete("/api/v1/advising/learners/" + deleted, api.advisorB).status).isEqualTo(204);
    api.services.planMillis = 20;
    TestApi.Response started = api.post(COHORTS + "/" + cohort + "/plan", "{\"startDate\":\"2025-04-01\"}", api.advisorB);
    assertThat(started.status).as(started.toString()).isEqualTo(202);
    String job = started.header("Location").orElseThrow();
    assertThat(job).isEqualTo("/api/v1/advising/jobs/" + started.json().path("id").asText());
    assertThat(started.json().path("total").asInt()).isEqualTo(12);
    // while it is queued or running, starting again answers the same job
    TestApi.Response twice = api.send("POST", COHORTS + "/" + cohort + "/plan", new byte[0], null, api.advisorB);
    JsonNode done = waitForJob(job, api.advisorB);
    assertThat(twice.status).isEqualTo(202);
    assertThat(done.path("state").asText()).isEqualTo("done");
    assertThat(List.of(done.path("done").asInt(), done.path("failed").asInt(), done.path("remaining").asInt())).containsExactly(11, 1, 0);
    assertThat(done.path("estimatedSecondsLeft").asInt()).isZero();
    assertThat(done.path("failures")).singleElement().satisfies(f -> {
      assertThat(f.path("line").asInt()).isEqualTo(6);
      assertThat(f.path("reason").asText()).contains("was deleted");
    });
    for (JsonNode m : api.get(COHORTS + "/" + cohort, api.advisorB).json().path("members")) {
      String learner = m.path("learner").asText();
      if (learner.equals(deleted)) continue;
      JsonNode plans = api.get("/api/v1/advising/learners/" + learner + "/plans", api.advisorB).json();
      assertThat(plans).as("one plan per member").hasSize(1);
      assertThat(plans.get(0).path("target").asText()).isEqualTo(m.path("target").asText());
      JsonNode plan = api.get("/api/v1/advising/learners/" + learner + "/plans/" + plans.get(0).path("id").asText(), api.advisorB).json();
      assertThat(plan.path("request").path("startDate").asText()).isEqualTo("2025-04-01");
      assertThat(plan.path("request").path("budget").path("maxCost").asDouble()).isEqualTo(2000);
    }
    List<String> actions = new ArrayList<>(api.get("/api/v1/advising/audit?limit=1000", api.advisorB).json().findValuesAsText("action"));
    assertThat(actions.stream().filter("plan.save"::equals)).hasSize(11);
    assertThat(actions).contains("cohort.plan");
    // planning again is a new job, with new plans
    TestApi.Response second = api.post(COHORTS + "/" + cohort + "/plan", "{}", api.advisorB);
    assertThat(second.json().path("id").asText()).isNotEqualTo(done.path("id").asText());
    assertThat(waitForJob(second.header("Location").orElseThrow(), api.advisorB).path("done").asInt()).isEqualTo(11);
  }

  @Test
  void aJobWhosePlanningFailsCountsEveryRowFailedWithTheReason() throws Exception {
    String cohort = upload(HEADER + "S-1,A,,15-2051.01,,,,,\nS-2,B,,15-1212.00,,,,,\n", api.advisorB).json().path("id").asText();
    api.services.planFailure = new IllegalStateException("the planner is down for the test");
    String job = api.post(COHORTS + "/" + cohort + "/plan", "{}", api.advisorB).header("Location").orElseThrow();
    JsonNode done = waitForJob(job, api.advisorB);
    assertThat(done.path("state").asText()).isEqualTo("done");
    assertThat(done.path("failed").asInt()).isEqualTo(2);
    assertThat(done.path("failures").findValuesAsText("reason")).containsOnly("the planner is down for the test");
  }

  @Test
  void anotherTenantsCohortAndJobAre404AndBadPlanBodiesAre422() throws Exception {
    String cohort = upload(HEADER + "S-1,A,,15-2051.01,,,,,\n", api.advisorB).json().path("id").asText();
    String job = api.post(COHORTS + "/" + cohort + "/plan", "{}", api.advisorB).header("Location").orElseThrow();
    waitForJob(job, api.advisorB);
    List<TestApi.Response> answers = List.of(api.get(COHORTS + "/" + cohort, api.advisorA), api.get(job, api.advisorA),
        api.post(COHORTS + "/" + cohort + "/plan", "{}", api.advisorA), api.get(COHORTS + "/cnone", api.advisorB),
        api.get("/api/v1/advising/jobs/jnone", api.advisorB));
    assertThat(answers).allSatisfy(a -> {
      assertThat(a.status).as(a.toString()).isEqualTo(404);
      assertThat(a.contentType).startsWith("application/problem+json");
    });
    assertThat(api.get(job, api.partnerB).status).isEqualTo(403);
    assertThat(api.get(job, null).status).isEqualTo(401);
    assertThat(upload(HEADER + "S-1,A,,15-2051.01,,,,,\n", api.partnerA).status).isEqualTo(403);
    TestApi.Response bad = api.post(COHORTS + "/" + cohort + "/plan", "{\"startDate\":\"soon\",\"x\":1}", api.advisorB);
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.body).contains("startDate", "\"x\"");
  }
}
