package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.planner.PlanBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The advising endpoints through a real server on a random port: learners' CRUD, saved plans as they were told, re-plans
 * with what changed and why, what-ifs, the audit trail, and two tenants that never see each other's records.
 */
class AdvisingEndpointsTest {
  private static final String LEARNERS = "/api/v1/advising/learners";
  static final String LEARNER = """
      {"externalRef":"S-1","name":"Dana Whitfield","currentOccupation":"15-1212.00","heldCredentials":["course:sql-basics"],
       "heldSkills":[{"skill":"skill:sql","level":2}],"experienceYears":3,"languages":["EN"],
       "budget":{"maxCost":600,"maxWeeks":26,"hoursPerWeek":8},"fundingNotes":"WIOA up to $600"}""";
  private final ObjectMapper json = new ObjectMapper();
  private TestApi api;

  @BeforeEach
  void start() {
    api = new TestApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void createsReadsListsReplacesAndDeletesALearner() {
    TestApi.Response created = api.post(LEARNERS, LEARNER, api.advisorB);
    assertThat(created.status).as(created.toString()).isEqualTo(201);
    JsonNode learner = created.json();
    String id = learner.path("id").asText();
    assertThat(created.header("Location")).hasValue(LEARNERS + "/" + id);
    assertThat(learner.path("tenant").asText()).isEqualTo("tenant-b");
    assertThat(learner.path("languages").toString()).isEqualTo("[\"en\"]");
    assertThat(learner.path("heldSkills").get(0).path("level").asInt()).isEqualTo(2);
    assertThat(learner.path("budget").path("maxCost").asDouble()).isEqualTo(600);
    assertThat(learner.path("budget").path("hoursPerWeek").asDouble()).isEqualTo(8);
    assertThat(api.get(LEARNERS + "/" + id, api.advisorB).json()).isEqualTo(learner);
    assertThat(api.get(LEARNERS, api.advisorB).json()).containsExactly(learner);

    TestApi.Response replaced = api.put(LEARNERS + "/" + id, LEARNER.replace("Dana Whitfield", "Dana W.")
        .replace("\"heldCredentials\":[\"course:sql-basics\"],", ""), api.advisorB);
    assertThat(replaced.status).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().path("name").asText()).isEqualTo("Dana W.");
    assertThat(replaced.json().path("heldCredentials")).isEmpty();
    assertThat(api.get(LEARNERS + "/" + id, api.advisorB).json()).isEqualTo(replaced.json());

    assertThat(api.post(LEARNERS, LEARNER, api.advisorB).status).as("the same external reference twice").isEqualTo(409);
    assertThat(api.delete(LEARNERS + "/" + id, api.advisorB).status).isEqualTo(204);
    assertThat(api.get(LEARNERS + "/" + id, api.advisorB).status).isEqualTo(404);
    assertThat(api.delete(LEARNERS + "/" + id, api.advisorB).status).isEqualTo(404);
  }

  @Test
  void anInvalidLearnerIs422NamingEveryFieldAndTheClosestIds() {
    TestApi.Response r = api.post(LEARNERS, """
        {"name":" ","currentOccupation":"15-1212.0","heldCredentials":["cert:net-plus","cert:sec-pluss","course:tableau"],
         "heldSkills":[{"skill":"skill:sqll","level":7}],"experienceYears":-1,"languages":["english"],
         "budget":{"hoursPerWeek":0},"fundingNotes":7,"nickname":"D"}""", api.advisorA);
    assertThat(r.status).as(r.toString()).isEqualTo(422);
    assertThat(r.contentType).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("nickname", "externalRef", "name", "currentOccupation", "heldCredentials[1]",
        "heldCredentials[2]", "heldSkills[0].level", "heldSkills[0].skill", "experienceYears", "languages", "budget.hoursPerWeek",
        "fundingNotes");
    assertThat(r.body).contains("unknown occupation '15-1212.0'; did you mean: 15-1212.00")
        .contains("unknown credential 'cert:sec-pluss'; did you mean: cert:sec-plus")
        // tenant-a sees CompTIA's credentials and course:linux, not Coursera's Tableau course
        .contains("unknown credential 'course:tableau'");
    assertThat(r.json().path("suggestions").toString()).contains("15-1212.00", "cert:sec-plus", "skill:sql");
    assertThat(api.get(LEARNERS, api.advisorA).json()).isEmpty();
  }

  @Test
  void onlyAdvisorKeysMayUseTheAdvisingEndpointsAndAdminsCreateThem() {
    assertThat(api.get(LEARNERS, null).status).isEqualTo(401);
    assertThat(api.get(LEARNERS, api.partnerA).status).isEqualTo(403);
    assertThat(api.get(LEARNERS, api.admin).status).isEqualTo(403);
    assertThat(api.get("/api/v1/advising/audit", api.partnerB).status).isEqualTo(403);
    TestApi.Response noTenant = api.post("/api/v1/admin/keys", "{\"role\":\"advisor\"}", api.admin);
    assertThat(noTenant.status).isEqualTo(422);
    assertThat(noTenant.body).contains("is required for a advisor key".replace("a advisor", "a advisor"));
    TestApi.Response key = api.post("/api/v1/admin/keys", "{\"role\":\"advisor\",\"tenant\":\"tenant-a\",\"label\":\"desk 2\"}", api.admin);
    assertThat(key.status).isEqualTo(201);
    assertThat(key.json().path("key").path("role").asText()).isEqualTo("advisor");
    String secret = key.json().path("secret").asText();
    assertThat(api.post(LEARNERS, LEARNER.replace("course:sql-basics", "cert:a-plus"), secret).status).isEqualTo(201);
    assertThat(api.get(LEARNERS, api.advisorA).json()).hasSize(1);
    // an advisor key also reads and plans like a partner key of its tenant
    assertThat(api.get("/api/v1/credentials/course:tableau", secret).status).isEqualTo(404);
    assertThat(api.get("/api/v1/credentials/cert:a-plus", secret).status).isEqualTo(200);
  }

  @Test
  void aSavedPlanIsExactlyWhatThePathwaysEndpointAnswersWithWhatItWasComputedWith() throws Exception {
    String id = api.post(LEARNERS, LEARNER, api.advisorB).json().path("id").asText();
    TestApi.Response saved = api.post(LEARNERS + "/" + id + "/plans", """
        {"target":"15-2051.01","preferences":{"alternatives":2},"startDate":"2025-04-01"}""", api.advisorB);
    assertThat(saved.status).as(saved.toString()).isEqualTo(201);
    JsonNode plan = saved.json();
    String planId = plan.path("id").asText();
    assertThat(plan.path("basis").path("taxonomyFingerprint").asText()).isEqualTo("taxonomy-1");
    assertThat(plan.path("basis").path("rulesVersion").asText()).isEqualTo("rules-1");
    assertThat(plan.path("target").asText()).isEqualTo("15-2051.01");
    JsonNode request = plan.path("request");
    assertThat(request.path("profile").path("heldCredentials").toString()).isEqualTo("[\"course:sql-basics\"]");
    assertThat(request.path("budget").path("maxCost").asDouble()).isEqualTo(600);
    assertThat(request.path("preferences").path("languages").toString()).isEqualTo("[\"en\"]");
    assertThat(request.path("startDate").asText()).isEqualTo("2025-04-01");
    // The request is a pathways body, and that endpoint answers it with what was saved.
    TestApi.Response direct = api.post("/api/v1/pathways", request.toString(), api.advisorB);
    assertThat(direct.status).as(direct.toString()).isEqualTo(200);
    assertThat(plan.path("response")).isEqualTo(direct.json());
    assertThat(plan.path("response").path("pathways").get(0).path("steps")).isNotEmpty();
    assertThat(api.get(LEARNERS + "/" + id + "/plans/" + planId, api.advisorB).json()).isEqualTo(plan);
    JsonNode listed = api.get(LEARNERS + "/" + id + "/plans", api.advisorB).json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").asText()).isEqualTo(planId);
    assertThat(listed.get(0).has("response")).isFalse();
    // The catalogue changing does not change what the learner was told.
    api.services.catalog = changedCatalogue();
    assertThat(api.get(LEARNERS + "/" + id + "/plans/" + planId, api.advisorB).json()).isEqualTo(plan);
  }

  @Test
  void aReplanSaysWhichStepsChangedAndWhy() {
    String id = api.post(LEARNERS, LEARNER, api.advisorB).json().path("id").asText();
    JsonNode plan = api.post(LEARNERS + "/" + id + "/plans", "{\"target\":\"15-2051.01\",\"startDate\":\"2025-03-01\"}", api.advisorB).json();
    String path = LEARNERS + "/" + id + "/plans/" + plan.path("id").asText() + "/replan";
    JsonNode same = api.post(path, "{}", api.advisorB).json();
    assertThat(same.path("changed")).isEmpty();
    assertThat(same.path("leading").path("added")).isEmpty();
    assertThat(same.path("leading").path("removed")).isEmpty();
    assertThat(same.path("leading").path("costChange").asDouble()).isZero();

    api.services.catalog = changedCatalogue();
    api.services.basis = new PlanBasis("taxonomy-2", "rules-2");
    TestApi.Response r = api.post(path, "{}", api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    JsonNode replan = r.json();
    assertThat(replan.path("before").path("rulesVersion").asText()).isEqualTo("rules-1");
    assertThat(replan.path("now").path("rulesVersion").asText()).isEqualTo("rules-2");
    assertThat(replan.path("changed").toString()).contains("the taxonomy changed", "the rules changed");
    JsonNode leading = replan.path("leading");
    assertThat(why(leading.path("removed"))).containsEntry("course:stats", "retired");
    assertThat(why(leading.path("repriced"))).containsEntry("course:tableau", "its price changed from 98 to 120");
    assertThat(why(leading.path("added"))).containsEntry("course:stats-2", "chosen under the changed rules");
    assertThat(leading.path("costChange").asDouble()).isEqualTo(22 + 60 - 147);
    assertThat(replan.path("result").path("pathways").get(0).path("steps").findValuesAsText("credential"))
        .contains("course:stats-2").doesNotContain("course:stats");
    // The saved plan still shows what was told.
    assertThat(api.get(LEARNERS + "/" + id + "/plans/" + plan.path("id").asText(), api.advisorB).json()).isEqualTo(plan);
  }

  @Test
  void whatIfAnswersTwoToFiveScenariosSideBySide() {
    String id = api.post(LEARNERS, LEARNER, api.advisorB).json().path("id").asText();
    TestApi.Response r = api.post(LEARNERS + "/" + id + "/what-if", """
        {"target":"15-2051.01","scenarios":[{"name":"as recorded"},{"name":"more money","budget":{"maxCost":2000,"hoursPerWeek":12}},
         {"name":"with SQL done","addHeldCredentials":["course:sql-advanced"]},{"target":"15-1212.00"}]}""", api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    JsonNode outcomes = r.json().path("scenarios");
    List<String> names = new ArrayList<>();
    outcomes.forEach(o -> names.add(o.path("name").asText()));
    assertThat(names).containsExactly("as recorded", "more money", "with SQL done", "scenario 4");
    assertThat(outcomes.get(1).path("budget").path("maxCost").asDouble()).isEqualTo(2000);
    assertThat(outcomes.get(1).path("budget").path("hoursPerWeek").asDouble()).isEqualTo(12);
    assertThat(outcomes.get(0).path("budget").path("maxCost").asDouble()).isEqualTo(600);
    assertThat(outcomes.get(2).path("heldCredentialsAdded").toString()).isEqualTo("[\"course:sql-advanced\"]");
    assertThat(outcomes.get(3).path("target").asText()).isEqualTo("15-1212.00");
    assertThat(outcomes.get(0).path("best").path("steps").findValuesAsText("credential")).contains("course:tableau");
    assertThat(outcomes.get(0).path("result").path("pathways")).isNotEmpty();
    for (String scenarios : List.of("[{}]", "[{},{},{},{},{},{}]", "[{\"budget\":{\"hoursPerWeek\":0}},{\"addHeldCredentials\":[\"cert:nope\"]}]")) {
      TestApi.Response bad = api.post(LEARNERS + "/" + id + "/what-if", "{\"target\":\"15-2051.01\",\"scenarios\":" + scenarios + "}",
          api.advisorB);
      assertThat(bad.status).as(scenarios + " " + bad).isEqualTo(422);
      assertThat(bad.body).contains("scenarios");
    }
  }

  @Test
  void anotherTenantsRecordsAre404OnEveryAdvisingEndpoint() {
    String id = api.post(LEARNERS, LEARNER, api.advisorB).json().path("id").asText();
    String planId = api.post(LEARNERS + "/" + id + "/plans", "{\"target\":\"15-2051.01\"}", api.advisorB).json().path("id").asText();
    String learner = LEARNERS + "/" + id;
    String plan = learner + "/plans/" + planId;
    String other = api.advisorA;
    String valid = LEARNER.replace("course:sql-basics", "cert:a-plus"); // a body tenant-a's advisor could send for its own learner
    List<TestApi.Response> answers = List.of(api.get(learner, other), api.put(learner, valid, other), api.delete(learner, other),
        api.post(learner + "/plans", "{\"target\":\"15-1212.00\"}", other), api.get(learner + "/plans", other), api.get(plan, other),
        api.post(plan + "/replan", "{}", other), api.post(learner + "/what-if",
            "{\"target\":\"15-1212.00\",\"scenarios\":[{},{\"budget\":{\"maxCost\":900}}]}", other));
    assertThat(answers).allSatisfy(a -> {
      assertThat(a.status).as(a.toString()).isEqualTo(404);
      assertThat(a.contentType).startsWith("application/problem+json");
    });
    assertThat(api.get(LEARNERS, other).json()).isEmpty();
    assertThat(api.get("/api/v1/advising/audit", other).json()).isEmpty();
    // ...and the owner's records are untouched.
    assertThat(api.get(learner, api.advisorB).json().path("name").asText()).isEqualTo("Dana Whitfield");
    assertThat(api.get(plan, api.advisorB).status).isEqualTo(200);
    assertThat(api.get(learner + "/plans/" + planId.replace('p', 'q'), api.advisorB).status).isEqualTo(404);
  }

  @Test
  void everyWriteIsInTheTenantsAuditTrailWithWhoWhenAndWhat() {
    String key = api.store.keys().stream().filter(k -> k.label().equals("advisor b")).findFirst().orElseThrow().id();
    String id = api.post(LEARNERS, LEARNER, api.advisorB).json().path("id").asText();
    api.put(LEARNERS + "/" + id, LEARNER.replace("S-1", "S-2"), api.advisorB);
    String planId = api.post(LEARNERS + "/" + id + "/plans", "{\"target\":\"15-2051.01\"}", api.advisorB).json().path("id").asText();
    api.post(LEARNERS + "/" + id + "/plans/" + planId + "/replan", "{}", api.advisorB);
    api.delete(LEARNERS + "/" + id, api.advisorB);
    api.post(LEARNERS, LEARNER.replace("course:sql-basics", "cert:a-plus"), api.advisorA);
    JsonNode trail = api.get("/api/v1/advising/audit", api.advisorB).json();
    assertThat(trail.findValuesAsText("action")).containsExactly("learner.delete", "plan.save", "learner.update", "learner.create");
    assertThat(trail.findValuesAsText("recordId")).containsExactly(id, planId, id, id);
    assertThat(trail.findValuesAsText("keyId")).containsOnly(key);
    assertThat(trail.findValuesAsText("at")).containsOnly("2025-03-01T10:00:00Z");
    assertThat(api.get("/api/v1/advising/audit?limit=2", api.advisorB).json()).hasSize(2);
    long seq = trail.get(1).path("seq").asLong();
    assertThat(api.get("/api/v1/advising/audit?before=" + seq, api.advisorB).json().findValuesAsText("action"))
        .containsExactly("learner.update", "learner.create");
    assertThat(api.get("/api/v1/advising/audit?limit=0", api.advisorB).status).isEqualTo(400);
    assertThat(api.get("/api/v1/advising/audit", api.advisorA).json().findValuesAsText("action")).containsExactly("learner.create");
  }

  private static Map<String, String> why(JsonNode changes) {
    Map<String, String> out = new java.util.HashMap<>();
    changes.forEach(c -> out.put(c.path("credential").asText(), c.path("why").asText()));
    return out;
  }

  /** The small catalogue after a reload: Tableau dearer, the statistics course retired and another in its place. */
  static Catalog changedCatalogue() {
    Catalog c = Fixtures.smallCatalog();
    List<Credential> credentials = Stream.concat(c.credentials().stream().map(cred -> switch (cred.id()) {
      case "course:tableau" -> Fixtures.credential("course:tableau").title("Data Visualization with Tableau").provider("Coursera")
          .cost(120).hours(35).weeks(3, 6).skills("tableau", 3).build();
      case "course:stats" -> Fixtures.credential("course:stats").title("Statistics for Data Science").provider("Coursera")
          .cost(147).hours(45).weeks(4, 10).skills("statistics", 3).retired().build();
      default -> cred;
    }), Stream.of(Fixtures.credential("course:stats-2").title("Statistics, Second Edition").provider("Coursera").cost(60).hours(40)
        .weeks(4, 8).skills("statistics", 3).build())).toList();
    return new Catalog(c.skills(), c.occupations(), credentials, c.stacks(), Map.of(), Fixtures.SEARCH_WORDS);
  }
}
