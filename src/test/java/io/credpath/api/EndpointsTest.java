package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The happy path of every endpoint against a real server on a random port. */
class EndpointsTest {
  private static final String PLAN = """
      {"target":"15-2051.01","profile":{"heldCredentials":["course:excel"],"heldSkills":[{"skill":"skill:sql","level":2}],
       "experienceYears":1,"currentOccupation":"15-1212.00"},
       "budget":{"maxCost":600,"currency":"USD","maxHours":300,"maxWeeks":26,"hoursPerWeek":8},
       "preferences":{"delivery":["online"],"languages":["en"],"preferProviders":["Coursera"],"avoidProviders":[],
       "objective":"cheapest","alternatives":3,"maxSingleCost":300,"accreditedOnly":false},"startDate":"2025-04-01"}""";
  @RegisterExtension
  static final TestApi api = new TestApi();

  @Test
  void searchesOccupationsByTitle() {
    JsonNode list = api.get("/api/v1/occupations?q=security", null).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("id").asText()).isEqualTo("15-1212.00");
  }

  @Test
  void occupationDetailNamesSkillsAndRelatedOccupations() {
    TestApi.Response r = api.get("/api/v1/occupations/15-2051.01", null);
    assertThat(r.status).isEqualTo(200);
    JsonNode o = r.json();
    assertThat(o.path("title").asText()).isEqualTo("Business Intelligence Analysts");
    assertThat(o.path("skills").get(0).path("name").asText()).isEqualTo("SQL");
    assertThat(o.path("skills").get(0).path("importance").asDouble()).isEqualTo(4.5);
    assertThat(o.path("relatedOccupations").get(0).path("title").asText()).isEqualTo("Information Security Analysts");
    assertThat(o.path("jobZone").asInt()).isEqualTo(4);
  }

  @Test
  void searchesAndShowsSkills() {
    assertThat(api.get("/api/v1/skills?q=excel", null).json().get(0).path("id").asText()).isEqualTo("skill:excel");
    JsonNode skill = api.get("/api/v1/skills/skill:security", null).json();
    assertThat(skill.path("name").asText()).isEqualTo("Cybersecurity");
    assertThat(skill.path("requiredBy").get(0).path("id").asText()).isEqualTo("15-1212.00");
    assertThat(skill.path("taughtBy").toString()).contains("cert:sec-plus");
  }

  @Test
  void credentialSearchFiltersAndCountsFacets() {
    JsonNode page = api.get("/api/v1/credentials?type=certification&maxCost=420&sort=cost&size=2", null).json();
    assertThat(page.path("total").asInt()).isEqualTo(4);
    assertThat(page.path("hits")).hasSize(2);
    assertThat(page.path("hits").get(0).path("id").asText()).isEqualTo("cert:net-plus");
    assertThat(page.path("hits").get(0).path("type").asText()).isEqualTo("certification");
    assertThat(page.path("facets").path("provider").get(0).path("value").asText()).isEqualTo("CompTIA");
    assertThat(page.path("facets").path("provider").get(0).path("count").asInt()).isEqualTo(4);
  }

  @Test
  void credentialDetailShowsRequirementsInWireFormatStacksAndPreparesFor() {
    JsonNode c = api.get("/api/v1/credentials/cert:sec-plus", null).json();
    assertThat(c.path("requires").toString())
        .isEqualTo("{\"anyOf\":[{\"credential\":\"cert:net-plus\"},{\"experienceYears\":2.0}]}");
    assertThat(c.path("totalCost").asDouble()).isEqualTo(404);
    assertThat(c.path("renewal").path("everyYears").asInt()).isEqualTo(3);
    assertThat(c.path("minWeeks").asInt()).isEqualTo(6);
    assertThat(c.path("stacks").get(0).path("id").asText()).isEqualTo("stack:secure-infra");
    assertThat(c.path("teachesSkillsFor").get(0).path("id").asText()).isEqualTo("15-1212.00");
    assertThat(c.path("recommends").isNull()).isTrue();
    // What it prepares for is named once, as the curators' occupations with titles, not twice under one key.
    String raw = api.get("/api/v1/credentials/cert:sec-plus", null).body;
    assertThat(raw.split("\"preparesFor\"", -1)).hasSize(2);
  }

  @Test
  void suggestsAcrossKinds() {
    JsonNode s = api.get("/api/v1/suggest?q=sec", null).json();
    assertThat(s.findValuesAsText("kind")).contains("occupation", "credential");
  }

  @Test
  void gapListsMissingSkills() {
    TestApi.Response r = api.post("/api/v1/gap", PLAN, api.admin);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    assertThat(r.json().path("target").path("id").asText()).isEqualTo("15-2051.01");
    assertThat(r.json().path("gap").findValuesAsText("skill")).contains("skill:sql", "skill:tableau").doesNotContain("skill:nothing");
  }

  @Test
  void pathwaysReturnThePlannersResult() {
    TestApi.Response r = api.post("/api/v1/pathways", PLAN, api.partnerB);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    JsonNode p = r.json().path("pathways").get(0);
    assertThat(p.path("label").asText()).isEqualTo("cheapest");
    assertThat(p.path("totals").path("currency").asText()).isEqualTo("USD");
    assertThat(p.path("steps").get(0).has("startWeek")).isTrue();
    assertThat(api.services.lastPlanScope.tenant()).contains("tenant-b");
    assertThat(api.services.lastPlanRequest.preferences().allowUnknownCost()).as("unknown costs stay out unless asked").isFalse();
    TestApi.Response allowing = api.post("/api/v1/pathways", PLAN.replace("\"accreditedOnly\":false", "\"accreditedOnly\":false,"
        + "\"allowUnknownCost\":true"), api.partnerB);
    assertThat(allowing.status).as(allowing.toString()).isEqualTo(200);
    assertThat(api.services.lastPlanRequest.preferences().allowUnknownCost()).isTrue();
  }

  @Test
  void transitionsRankNearestOccupations() {
    TestApi.Response r = api.post("/api/v1/transitions", "{\"profile\":{\"heldSkills\":[{\"skill\":\"skill:linux\",\"level\":2}]},\"limit\":5}", api.admin);
    assertThat(r.status).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get(0).has("gapSize")).isTrue();
    assertThat(r.json().get(0).path("jobZone").asInt()).isEqualTo(4);
  }

  @Test
  void adminReloadsAndShowsRules() {
    int before = api.services.reloads.get();
    assertThat(api.post("/api/v1/admin/reload", "{}", api.admin).status).isEqualTo(200);
    assertThat(api.services.reloads.get()).isEqualTo(before + 1);
    JsonNode rules = api.get("/api/v1/admin/rules", api.admin).json();
    assertThat(rules.path("files").get(0).asText()).isEqualTo("eligibility.drl");
    assertThat(rules.path("lastError").isNull()).isTrue();
  }

  @Test
  void adminCreatesListsAndRevokesKeysShowingTheSecretOnce() {
    TestApi.Response created = api.post("/api/v1/admin/keys", "{\"role\":\"partner\",\"tenant\":\"tenant-a\",\"label\":\"widget\"}", api.admin);
    assertThat(created.status).as(created.toString()).isEqualTo(201);
    String secret = created.json().path("secret").asText();
    String id = created.json().path("key").path("id").asText();
    assertThat(api.get("/api/v1/credentials", secret).status).isEqualTo(200);
    TestApi.Response list = api.get("/api/v1/admin/keys", api.admin);
    assertThat(list.body).contains(id).doesNotContain(secret).doesNotContain("secret");
    assertThat(api.send("DELETE", "/api/v1/admin/keys/" + id, new byte[0], null, api.admin).status).isEqualTo(204);
    assertThat(api.get("/api/v1/credentials", secret).status).isEqualTo(401);
    assertThat(api.send("DELETE", "/api/v1/admin/keys/" + id, new byte[0], null, api.admin).status).isEqualTo(404);
  }

  @Test
  void adminPutsAndListsTenants() {
    TestApi.Response put = api.send("PUT", "/api/v1/admin/tenants/college-x",
        "{\"providers\":[\"Udemy\"],\"allowedOrigins\":[\"https://college.example\"],\"ratePerMinute\":30}".getBytes(), "application/json", api.admin);
    assertThat(put.status).as(put.toString()).isEqualTo(200);
    assertThat(put.json().path("ratePerMinute").asInt()).isEqualTo(30);
    assertThat(api.get("/api/v1/admin/tenants", api.admin).json().findValuesAsText("id")).contains("college-x", "tenant-a");
  }

  @Test
  void aTenantsLanguagesApplyWhenAPlanningRequestNamesNone() {
    TestApi.Response put = api.send("PUT", "/api/v1/admin/tenants/hispanic-college",
        "{\"languages\":[\"ES\",\"en\"],\"ratePerMinute\":100}".getBytes(), "application/json", api.admin);
    assertThat(put.status).as(put.toString()).isEqualTo(200);
    java.util.List<String> stored = new java.util.ArrayList<>();
    put.json().path("languages").forEach(l -> stored.add(l.asText()));
    assertThat(stored).as("codes stored lower-case").containsExactlyInAnyOrder("es", "en");
    String key = api.store.create(io.credpath.advising.Role.PARTNER, java.util.Optional.of("hispanic-college"), "hc").secret();
    assertThat(api.post("/api/v1/pathways", "{\"target\":\"15-2051.01\"}", key).status).isEqualTo(200);
    assertThat(api.services.lastPlanRequest.preferences().languages()).containsExactlyInAnyOrder("es", "en");
    assertThat(api.post("/api/v1/pathways", "{\"target\":\"15-2051.01\",\"preferences\":{\"languages\":[\"pt\"]}}", key).status)
        .isEqualTo(200);
    assertThat(api.services.lastPlanRequest.preferences().languages()).as("the request's own languages win").containsExactly("pt");
    TestApi.Response bad = api.send("PUT", "/api/v1/admin/tenants/hispanic-college", "{\"languages\":[\"spanish\"]}".getBytes(),
        "application/json", api.admin);
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.toString()).contains("not a language code");
  }

  @Test
  void healthReadyAndMetricsAnswer() {
    assertThat(api.get("/health", null).json().path("status").asText()).isEqualTo("up");
    assertThat(api.get("/ready", null).json().path("rules").asBoolean()).isTrue();
    assertThat(api.get("/ready", null).json().path("ready").asBoolean()).isTrue();
    api.post("/api/v1/pathways", PLAN, api.admin);
    TestApi.Response metrics = api.get("/metrics", null);
    assertThat(metrics.status).isEqualTo(200);
    assertThat(metrics.body).contains("http_server_requests_seconds_bucket").contains("route=\"/api/v1/occupations/{id}\"")
        .contains("credpath_plan_latency_seconds_count");
  }

  @Test
  void servesOpenApiDocumentAndSwaggerUi() {
    TestApi.Response doc = api.get("/openapi.json", null);
    assertThat(doc.status).isEqualTo(200);
    JsonNode paths = doc.json().path("paths");
    assertThat(paths.has("/api/v1/pathways")).isTrue();
    assertThat(paths.has("/api/v1/credentials/{id}")).isTrue();
    assertThat(paths.has("/api/v1/admin/tenants/{id}")).isTrue();
    assertThat(api.get("/docs", null).body).containsIgnoringCase("swagger");
  }
}
