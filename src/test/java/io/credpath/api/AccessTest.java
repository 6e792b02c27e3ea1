package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.advising.Role;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication, roles, tenant isolation and CORS. */
class AccessTest {
  private static final String GAP = "{\"target\":\"15-1212.00\"}";
  @RegisterExtension
  static final TestApi api = new TestApi();

  @Test
  void anonymousCallersMayReadButNotPlanOrAdminister() {
    assertThat(api.get("/api/v1/credentials", null).status).isEqualTo(200);
    TestApi.Response plan = api.post("/api/v1/gap", GAP, null);
    assertThat(plan.status).isEqualTo(401);
    assertThat(plan.contentType).startsWith("application/problem+json");
    assertThat(plan.header("WWW-Authenticate")).contains("Bearer");
    assertThat(api.get("/api/v1/admin/keys", null).status).isEqualTo(401);
  }

  @Test
  void badKeyIsRejectedEvenOnPublicReads() {
    assertThat(api.get("/api/v1/credentials", "cp_kdeadbeef.nope").status).isEqualTo(401);
    HttpRequest basic = api.request("/api/v1/credentials").header("Authorization", "Basic Zm9vOmJhcg==").GET().build();
    assertThat(api.send(basic).status).isEqualTo(401);
  }

  @Test
  void keyAlsoAcceptedInXApiKeyHeader() {
    HttpRequest r = api.request("/api/v1/gap").header("X-API-Key", api.admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(GAP)).build();
    assertThat(api.send(r).status).isEqualTo(200);
  }

  @Test
  void revokedKeyIsRejected() {
    var key = api.newKey(Role.PARTNER, Optional.of("tenant-a"));
    assertThat(api.post("/api/v1/gap", GAP, key.secret()).status).isEqualTo(200);
    api.store.revoke(key.key().id());
    assertThat(api.post("/api/v1/gap", GAP, key.secret()).status).isEqualTo(401);
  }

  @Test
  void partnerMayPlanButNotAdminister() {
    assertThat(api.post("/api/v1/gap", GAP, api.partnerA).status).isEqualTo(200);
    TestApi.Response admin = api.get("/api/v1/admin/tenants", api.partnerA);
    assertThat(admin.status).isEqualTo(403);
    assertThat(admin.body).doesNotContain("tenant-b");
    assertThat(api.post("/api/v1/admin/keys", "{\"role\":\"admin\"}", api.partnerA).status).isEqualTo(403);
    assertThat(api.post("/api/v1/admin/reload", "{}", api.partnerA).status).isEqualTo(403);
  }

  @Test
  void tenantSearchSeesOnlyItsCatalogue() {
    var a = api.get("/api/v1/credentials?size=100", api.partnerA).json();
    assertThat(a.path("hits").findValuesAsText("provider")).containsOnly("CompTIA", "Udemy");
    assertThat(a.path("hits").findValuesAsText("id")).contains("course:linux").doesNotContain("course:python-data");
    var b = api.get("/api/v1/credentials?size=100", api.partnerB).json();
    assertThat(b.path("hits").findValuesAsText("provider")).containsOnly("Coursera");
    assertThat(api.get("/api/v1/suggest?q=sql", api.partnerA).body).doesNotContain("course:sql-basics");
  }

  @Test
  void credentialOutsideTheTenantIs404WithoutLeakingSuggestions() {
    assertThat(api.get("/api/v1/credentials/cert:a-plus", api.partnerA).status).isEqualTo(200);
    TestApi.Response hidden = api.get("/api/v1/credentials/course:sql-basics", api.partnerA);
    assertThat(hidden.status).isEqualTo(404);
    assertThat(hidden.contentType).startsWith("application/problem+json");
    TestApi.Response typo = api.get("/api/v1/credentials/course:sql-basic", api.partnerA);
    assertThat(typo.status).isEqualTo(404);
    typo.json().path("suggestions").forEach(s -> assertThat(s.asText()).matches("cert:.*|course:linux"));
    assertThat(typo.body).doesNotContain("course:sql-basics\"").doesNotContain("course:sql-advanced");
    TestApi.Response typoAdmin = api.get("/api/v1/credentials/course:sql-basic", api.admin);
    assertThat(typoAdmin.json().path("suggestions").get(0).asText()).isEqualTo("course:sql-basics");
  }

  @Test
  void planningIsRestrictedToTheTenantScope() {
    var r = api.post("/api/v1/pathways", "{\"target\":\"15-2051.01\"}", api.partnerB).json();
    assertThat(r.path("pathways").get(0).path("steps").findValuesAsText("provider")).containsOnly("Coursera");
  }

  @Test
  void corsEchoesOnlyTheCallingTenantsOrigin() {
    HttpRequest own = api.request("/api/v1/credentials").header("Origin", "https://a.example")
        .header("Authorization", "Bearer " + api.partnerA).GET().build();
    assertThat(api.send(own).header("Access-Control-Allow-Origin")).contains("https://a.example");
    HttpRequest other = api.request("/api/v1/credentials").header("Origin", "https://b.example")
        .header("Authorization", "Bearer " + api.partnerA).GET().build();
    assertThat(api.send(other).header("Access-Control-Allow-Origin")).isEmpty();
    HttpRequest anonymous = api.request("/api/v1/credentials").header("Origin", "https://a.example").GET().build();
    assertThat(api.send(anonymous).header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void preflightAllowsKnownOriginsAndRefusesOthers() {
    HttpRequest ok = api.request("/api/v1/pathways").header("Origin", "https://b.example")
        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization, content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    TestApi.Response r = api.send(ok);
    assertThat(r.status).isEqualTo(204);
    assertThat(r.header("Access-Control-Allow-Origin")).contains("https://b.example");
    assertThat(r.header("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
    HttpRequest evil = api.request("/api/v1/pathways").header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    TestApi.Response refused = api.send(evil);
    assertThat(refused.status).isEqualTo(403);
    assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aRefusedKeyIsReadableByAnOriginSomeTenantAllowsSoItsWidgetCanSayWhy() {
    HttpRequest badKey = api.request("/api/v1/pathways").header("Origin", "https://b.example")
        .header("Authorization", "Bearer cp_partner.no-such-key").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"target\":\"15-2051.01\"}")).build();
    TestApi.Response refused = api.send(badKey);
    assertThat(refused.status).isEqualTo(401);
    assertThat(refused.header("Access-Control-Allow-Origin")).contains("https://b.example");
    assertThat(refused.json().path("detail").asText()).isEqualTo("invalid or revoked API key");
    HttpRequest evil = api.request("/api/v1/pathways").header("Origin", "https://evil.example")
        .header("Authorization", "Bearer cp_partner.no-such-key").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"target\":\"15-2051.01\"}")).build();
    TestApi.Response hidden = api.send(evil);
    assertThat(hidden.status).isEqualTo(401);
    assertThat(hidden.header("Access-Control-Allow-Origin")).isEmpty();
  }

  private TestApi.Response originCheck(String origin, String key) {
    HttpRequest.Builder b = api.request("/api/v1/widget/origin-check").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(key));
    if (origin != null) b.header("Origin", origin);
    return api.send(b.build());
  }

  @Test
  void theWidgetCanReadFromAnyOriginWhetherItsOriginMayUseItsKeyAndNothingMore() {
    TestApi.Response own = originCheck("https://a.example", api.partnerA);
    assertThat(own.status).isEqualTo(200);
    assertThat(own.header("Access-Control-Allow-Origin")).contains("*");
    assertThat(own.json().toString()).isEqualTo("{\"origin\":\"https://a.example\",\"keyAccepted\":true,\"originAllowed\":true}");
    assertThat(originCheck("https://b.example", api.partnerA).json().toString())
        .as("another tenant's origin").isEqualTo("{\"origin\":\"https://b.example\",\"keyAccepted\":true,\"originAllowed\":false}");
    TestApi.Response evil = originCheck("https://evil.example", api.partnerA);
    assertThat(evil.header("Access-Control-Allow-Origin")).contains("*");
    assertThat(evil.json().path("originAllowed").asBoolean()).isFalse();
    assertThat(originCheck("https://a.example", "cp_partner.no-such-key").json().toString())
        .isEqualTo("{\"origin\":\"https://a.example\",\"keyAccepted\":false,\"originAllowed\":false}");
    assertThat(originCheck("https://a.example", "").json().path("keyAccepted").asBoolean()).isFalse();
    assertThat(originCheck("https://a.example", "x".repeat(5000)).json().path("keyAccepted").asBoolean()).isFalse();
    assertThat(originCheck(null, api.partnerA).json().path("originAllowed").asBoolean()).as("no origin").isFalse();
  }
}
