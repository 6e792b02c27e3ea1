package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every catalogue view of the whole service (shipped taxonomy and rules, real search index and planner, Javalin on a
 * random port) shows a partner exactly its tenant's scope: search hits and facet counts, suggestions, credential and
 * skill pages, pathway steps and transition costs, for tenants listing providers (in any case), credential ids, both,
 * or nothing (the whole catalogue). What each tenant should see is worked out here from the catalogue, not by the
 * scope type under test.
 */
class ScopedEndpointsTest {
  private static final String ADMIN_KEY = "cp_admin.scoped-endpoints-secret-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<Shape> SHAPES = List.of(
      new Shape("by-provider", List.of("comptia", "SALESFORCE", " Isc2 "), List.of()),
      new Shape("by-id", List.of(), List.of("comptia:security-plus", "comptia:network-plus", "coursera:google-data-analytics",
          "isc2:cc", "salesforce:associate", "seccert:sfsa", "no-such:credential")),
      new Shape("by-both", List.of("Google"), List.of("comptia:security-plus", "isc2:cissp")),
      new Shape("everything", List.of(), List.of()));
  private static final List<String> TARGETS = List.of("15-1212.00", "15-2051.01");
  private static final String PROFILE = """
      {"currentOccupation":"33-9032.00","experienceYears":5,
       "heldSkills":[{"skill":"skill:linux","level":2},{"skill":"skill:network-security","level":1}]}""";
  private static final List<String> SKILLS = List.of("skill:cybersecurity", "skill:network-security", "skill:salesforce",
      "skill:data-analysis", "skill:risk-management");
  private static final List<String> PREFIXES = List.of("comptia", "security", "salesforce", "cissp", "google data", "cloud",
      "network", "data anal");
  @TempDir
  static Path dataDir;
  private static Application app;
  private static Catalog catalog;
  private static final Map<String, String> KEYS = new HashMap<>();
  /** Per tenant, the ids of the credentials in its scope, retired or not (detail pages show retired credentials). */
  private static final Map<String, Set<String>> ALLOWED = new HashMap<>();
  /** Per tenant, the live ones among them: what search, suggestions, skill pages and the planner may offer. */
  private static final Map<String, Set<String>> VISIBLE = new HashMap<>();

  /** A tenant as the admin API is given it. */
  private record Shape(String id, List<String> providers, List<String> credentials) {
    /** Whether it should see {@code c}: a listed provider, in any case, or a listed id; anything when it lists neither. */
    boolean sees(Credential c) {
      Set<String> names = providers.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      return providers.isEmpty() && credentials.isEmpty() || names.contains(c.provider().toLowerCase(Locale.ROOT))
          || credentials.contains(c.id());
    }
  }

  @BeforeAll
  static void start() throws Exception {
    AppConfig config = AppConfig.from(Map.of("port", "0", "taxonomy", "taxonomy", "rules", "rules", "data-dir", dataDir.toString(),
        "admin-key", ADMIN_KEY, "on-disk-index", "false", "key-rate-limit", "100000", "address-rate-limit", "100000"), Map.of());
    app = Application.serve(config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    catalog = app.generation().catalog();
    for (Shape s : SHAPES) {
      KEYS.put(s.id(), partner(s.id(), s.providers(), s.credentials()));
      ALLOWED.put(s.id(), catalog.credentials().stream().filter(s::sees).map(Credential::id).collect(Collectors.toSet()));
      VISIBLE.put(s.id(), catalog.credentials().stream().filter(c -> !c.retired() && s.sees(c)).map(Credential::id)
          .collect(Collectors.toSet()));
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void adminListsEachTenantAsItsScopeApplies() throws Exception {
    Map<String, JsonNode> listed = new HashMap<>();
    send("GET", "/api/v1/admin/tenants", null, ADMIN_KEY).forEach(t -> listed.put(t.path("id").asText(), t));
    assertThat(texts(listed.get("by-provider").path("providers"))).containsExactlyInAnyOrder("comptia", "salesforce", "isc2");
    assertThat(texts(listed.get("by-both").path("providers"))).containsExactly("google");
    assertThat(VISIBLE.get("by-provider")).as("both spellings of Salesforce in the shipped catalogue")
        .contains("salesforce:associate", "seccert:sfsa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void searchAndFacetsCountExactlyTheScope(String tenant) throws Exception {
    Set<String> visible = VISIBLE.get(tenant);
    JsonNode first = get("/api/v1/credentials?size=100", KEYS.get(tenant));
    assertThat(first.path("total").asLong()).isEqualTo(visible.size());
    assertThat(facet(first, "provider")).isEqualTo(catalog.credentials().stream().filter(c -> visible.contains(c.id()))
        .collect(Collectors.groupingBy(Credential::provider, TreeMap::new, Collectors.counting())));
    assertThat(facet(first, "type").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(visible.size());
    if (visible.size() <= 1000) assertThat(allHits("", KEYS.get(tenant))).containsExactlyInAnyOrderElementsOf(visible);
    Set<String> everyones = allHits("security", ADMIN_KEY);
    everyones.retainAll(visible);
    assertThat(allHits("security", KEYS.get(tenant))).containsExactlyInAnyOrderElementsOf(everyones);
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void everyCredentialInScopeHasADetailPageAndNoOtherDoes(String tenant) throws Exception {
    Set<String> allowed = ALLOWED.get(tenant);
    List<String> inside = sample(catalog.credentials().stream().map(Credential::id).filter(allowed::contains).toList());
    List<String> outside = sample(catalog.credentials().stream().map(Credential::id).filter(id -> !allowed.contains(id)).toList());
    for (String id : inside) assertThat(status("/api/v1/credentials/" + encode(id), KEYS.get(tenant))).as(id).isEqualTo(200);
    for (String id : outside) assertThat(status("/api/v1/credentials/" + encode(id), KEYS.get(tenant))).as(id).isEqualTo(404);
    for (String id : allHits("", KEYS.get(tenant)).stream().limit(200).toList()) {
      assertThat(status("/api/v1/credentials/" + encode(id), KEYS.get(tenant))).as("search hit %s", id).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void suggestionsOfferOnlyCredentialsInScope(String tenant) throws Exception {
    Set<String> visible = VISIBLE.get(tenant);
    for (String prefix : PREFIXES) {
      List<String> offered = suggested(prefix, KEYS.get(tenant));
      assertThat(offered).as(prefix).isSubsetOf(visible);
      if (tenant.equals("everything")) assertThat(offered).as(prefix).isEqualTo(suggested(prefix, ADMIN_KEY));
    }
    for (String id : List.of("comptia:security-plus", "isc2:cissp", "salesforce:associate", "coursera:google-data-analytics")) {
      String title = catalog.credential(id).title();
      assertThat(suggested(title, KEYS.get(tenant))).as(title).matches(s -> s.contains(id) == visible.contains(id));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void skillPagesListOnlyTeachersInScope(String tenant) throws Exception {
    Set<String> visible = VISIBLE.get(tenant);
    for (String skill : SKILLS) {
      List<String> taughtBy = texts(get("/api/v1/skills/" + encode(skill), KEYS.get(tenant)).path("taughtBy").findValues("id"));
      List<String> teachers = catalog.credentials().stream().filter(c -> visible.contains(c.id()) && c.levelOf(skill) > 0)
          .map(Credential::id).toList();
      if (teachers.size() <= 20) assertThat(taughtBy).as(skill).containsExactlyInAnyOrderElementsOf(teachers);
      else assertThat(taughtBy).as(skill).hasSize(20).isSubsetOf(teachers);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void pathwaysTakeEveryStepFromTheScope(String tenant) throws Exception {
    int steps = 0;
    for (String target : TARGETS) {
      String body = """
          {"target":"%s","profile":%s,"budget":{"maxCost":5000,"maxWeeks":104,"hoursPerWeek":10},
           "preferences":{"alternatives":3}}""".formatted(target, PROFILE);
      JsonNode planned = send("POST", "/api/v1/pathways", body, KEYS.get(tenant));
      List<String> used = new ArrayList<>();
      planned.path("pathways").forEach(p -> p.path("steps").forEach(step -> used.add(step.path("credential").asText())));
      assertThat(used).as(target).isSubsetOf(VISIBLE.get(tenant));
      steps += used.size();
      if (tenant.equals("everything")) assertThat(planned).isEqualTo(send("POST", "/api/v1/pathways", body, ADMIN_KEY));
    }
    assertThat(steps).as("steps planned for %s", TARGETS).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"by-provider", "by-id", "by-both", "everything"})
  void transitionsAreCostedWithinTheScope(String tenant) throws Exception {
    String body = "{\"profile\":" + PROFILE + ",\"limit\":5}";
    JsonNode transitions = send("POST", "/api/v1/transitions", body, KEYS.get(tenant));
    assertThat(transitions).hasSize(5);
    for (JsonNode t : transitions) {
      if (t.path("gapSize").asInt() == 0 || t.path("cheapestCost").isNull()) continue;
      JsonNode cheapest = send("POST", "/api/v1/pathways", """
          {"target":"%s","profile":%s,"preferences":{"alternatives":1}}""".formatted(t.path("occupation").asText(), PROFILE),
          KEYS.get(tenant)).path("pathways").get(0);
      assertThat(cheapest.path("totals").path("cost").asDouble()).as(t.toString()).isEqualTo(t.path("cheapestCost").asDouble());
      cheapest.path("steps").forEach(step -> assertThat(step.path("credential").asText()).isIn(VISIBLE.get(tenant)));
    }
    if (tenant.equals("everything")) assertThat(transitions).isEqualTo(send("POST", "/api/v1/transitions", body, ADMIN_KEY));
  }

  @Test
  void aComputerSystemsAnalystIsOfferedComputerJobsWithWhyAndTheZoneChange() throws Exception {
    String body = """
        {"profile":{"currentOccupation":"15-1211.00","experienceYears":5},"limit":10}""";
    JsonNode transitions = send("POST", "/api/v1/transitions", body, ADMIN_KEY);
    assertThat(transitions).hasSize(10);
    int computing = 0;
    for (JsonNode t : transitions) {
      assertThat(t.path("title").asText()).doesNotContain(", All Other");
      assertThat(t.path("occupation").asText()).isNotEqualTo("15-1211.00");
      assertThat(t.path("why").asText()).startsWith("shares ");
      assertThat(t.path("shares").size()).isBetween(1, 3);
      assertThat(t.path("jobZoneChange").isInt()).as(t.toString()).isTrue();
      assertThat(t.has("gapSize")).isTrue();
      if (t.path("occupation").asText().startsWith("15-12")) computing++;
    }
    assertThat(computing).as(transitions.toString()).isGreaterThanOrEqualTo(6);
    assertThat(transitions.get(0).path("cheapestWeeks").isInt() || transitions.get(0).path("gapSize").asInt() > 0).isTrue();
    JsonNode asked = send("POST", "/api/v1/transitions", body.replace("\"limit\":10", "\"limit\":50,\"includeCatchAll\":true"),
        ADMIN_KEY);
    assertThat(asked.findValuesAsText("title")).anyMatch(t -> t.contains(", All Other"));
  }

  @Test
  void occupationsMayBeNamedByTitleAndAnAmbiguousTitleAsksWhichOne() throws Exception {
    // The current job and the target by title, or by a title's beginning, plan exactly as by their ids.
    String byId = """
        {"target":"43-6013.00","profile":{"currentOccupation":"39-9011.00","experienceYears":3},"budget":{"maxCost":600}}""";
    JsonNode planned = send("POST", "/api/v1/pathways", byId, ADMIN_KEY);
    JsonNode byTitle = send("POST", "/api/v1/pathways", byId.replace("43-6013.00", "medical secretary")
        .replace("39-9011.00", "Childcare Workers"), ADMIN_KEY);
    assertThat(byTitle.path("target").path("id").asText()).isEqualTo("43-6013.00");
    assertThat(byTitle.path("pathways")).isEqualTo(planned.path("pathways"));
    assertThat(send("POST", "/api/v1/transitions", """
        {"profile":{"currentOccupation":"childcare worker"},"limit":3}""", ADMIN_KEY))
        .isEqualTo(send("POST", "/api/v1/transitions", """
        {"profile":{"currentOccupation":"39-9011.00"},"limit":3}""", ADMIN_KEY));
    // A title several occupations share is a 422 naming each choice, for the target and for the current job alike.
    for (String body : List.of("""
        {"target":"teaching assistant","budget":{"maxCost":600}}""", """
        {"target":"43-6013.00","profile":{"currentOccupation":"farmworker"},"budget":{"maxCost":600}}""")) {
      HttpResponse<String> r = exchange("POST", "/api/v1/pathways", body, ADMIN_KEY);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      JsonNode problem = JSON.readTree(r.body());
      assertThat(problem.path("title").asText()).isEqualTo("Ambiguous occupation");
      assertThat(problem.path("detail").asText()).contains(body.contains("farmworker") ? "current occupation 'farmworker'" : "target");
      assertThat(texts(problem.path("suggestions"))).hasSizeGreaterThan(1)
          .allSatisfy(id -> assertThat(catalog.findOccupation(id)).isPresent());
    }
    HttpResponse<String> unknown = exchange("POST", "/api/v1/pathways", """
        {"target":"43-6013.00","profile":{"currentOccupation":"dragon tamer"},"budget":{"maxCost":600}}""", ADMIN_KEY);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).path("detail").asText()).startsWith("unknown current occupation 'dragon tamer'");
  }

  @Test
  void laddersLeadAWarehouseWorkerThroughITSupportAndNeedTheCurrentJob() throws Exception {
    JsonNode a = send("POST", "/api/v1/ladders", """
        {"target":"network administrator","profile":{"currentOccupation":"53-7062.00","experienceYears":3},
         "budget":{"maxCost":600,"maxWeeks":26,"hoursPerWeek":8},"limit":3}""", ADMIN_KEY);
    assertThat(a.path("target").asText()).isEqualTo("15-1244.00");
    assertThat(a.path("far").asBoolean()).isTrue();
    assertThat(a.path("farBecause").size()).isPositive();
    assertThat(a.path("direct").path("why").asText()).startsWith("From Laborers and Freight");
    JsonNode ladders = a.path("ladders");
    assertThat(ladders.size()).isBetween(1, 3);
    assertThat(ladders.findValuesAsText("occupation")).contains("15-1232.00");
    JsonNode rung = ladders.get(0).path("rungs").get(0);
    for (String field : List.of("title", "jobZone", "jobZoneChange", "similarity", "gapSize", "credentials", "cost", "weeks", "why")) {
      assertThat(rung.has(field)).as(field + " in " + rung).isTrue();
    }
    HttpResponse<String> noJob = exchange("POST", "/api/v1/ladders", """
        {"target":"15-1244.00","profile":{"experienceYears":3}}""", ADMIN_KEY);
    assertThat(noJob.statusCode()).isEqualTo(422);
    assertThat(noJob.body()).contains("profile.currentOccupation");
    for (String job : List.of("null", "\"  \"")) {
      HttpResponse<String> blank = exchange("POST", "/api/v1/ladders", "{\"target\":\"15-1244.00\",\"profile\":{\"currentOccupation\":"
          + job + "}}", ADMIN_KEY);
      assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
      assertThat(blank.body()).contains("profile.currentOccupation");
    }
    HttpResponse<String> badLimit = exchange("POST", "/api/v1/ladders", """
        {"target":"15-1244.00","profile":{"currentOccupation":"53-7062.00"},"limit":11}""", ADMIN_KEY);
    assertThat(badLimit.statusCode()).isEqualTo(422);
    assertThat(exchange("POST", "/api/v1/ladders", """
        {"target":"15-1244.00","profile":{"currentOccupation":"53-7062.00"}}""", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aCredentialShowsItsPrerequisiteTreeAndWhatItUnlocks() throws Exception {
    // The paramedic certification asks for the EMT certification and one of two paramedic programmes; the EMT one opens
    // onto one of two EMT courses. OR branches stay OR; the tree names each credential and opens it.
    JsonNode paramedic = get("/api/v1/credentials/" + encode("nremt:paramedic"), ADMIN_KEY).path("prerequisites");
    assertThat(paramedic.path("kind").asText()).isEqualTo("allOf");
    JsonNode emt = paramedic.path("of").get(0);
    assertThat(emt.path("credential").asText()).isEqualTo("nremt:emt");
    assertThat(emt.path("title").asText()).contains("Emergency Medical Technician");
    assertThat(emt.path("requires").path("kind").asText()).isEqualTo("anyOf");
    assertThat(emt.path("requires").path("of").findValuesAsText("credential")).contains("state:emt-course");
    JsonNode programmes = paramedic.path("of").get(1);
    assertThat(programmes.path("kind").asText()).isEqualTo("anyOf");
    assertThat(programmes.path("of").findValuesAsText("credential")).contains("state:paramedic-programme");
    assertThat(programmes.findValues("years").stream().map(JsonNode::asDouble).toList()).contains(0.5);
    // What earning the EMT certification unlocks: the credentials that name it in their requires.
    assertThat(get("/api/v1/credentials/" + encode("nremt:emt"), ADMIN_KEY).path("unlocks").findValuesAsText("id"))
        .contains("nremt:paramedic", "state:paramedic-programme");
    assertThat(get("/api/v1/credentials/" + encode("state:emt-course"), ADMIN_KEY).has("prerequisites")).isFalse();
  }

  @Test
  void namingTheSameCredentialsByProviderOrByIdSeesTheSame() throws Exception {
    String byIds = partner("by-provider-ids", List.of(), List.copyOf(ALLOWED.get("by-provider")));
    String byProvider = KEYS.get("by-provider");
    assertThat(get("/api/v1/credentials?size=100", byIds)).isEqualTo(get("/api/v1/credentials?size=100", byProvider));
    String transitions = "{\"profile\":" + PROFILE + ",\"limit\":5}";
    assertThat(send("POST", "/api/v1/transitions", transitions, byIds))
        .isEqualTo(send("POST", "/api/v1/transitions", transitions, byProvider));
    for (String target : TARGETS) {
      String plan = "{\"target\":\"" + target + "\",\"profile\":" + PROFILE + "}";
      assertThat(send("POST", "/api/v1/pathways", plan, byIds).path("pathways"))
          .isEqualTo(send("POST", "/api/v1/pathways", plan, byProvider).path("pathways"));
    }
  }

  /** Puts the tenant through the admin API and returns a new partner key's secret. */
  private static String partner(String tenant, List<String> providers, List<String> credentials) throws Exception {
    String body = JSON.writeValueAsString(Map.of("providers", providers, "credentials", credentials, "ratePerMinute", 100_000));
    send("PUT", "/api/v1/admin/tenants/" + tenant, body, ADMIN_KEY);
    return send("POST", "/api/v1/admin/keys", "{\"role\":\"partner\",\"tenant\":\"" + tenant + "\"}", ADMIN_KEY)
        .path("secret").asText();
  }

  /** Every credential id a search for {@code q} finds, page by page. */
  private static Set<String> allHits(String q, String key) throws Exception {
    Set<String> ids = new HashSet<>();
    for (int page = 0; ; page++) {
      JsonNode r = get("/api/v1/credentials?size=100&q=" + encode(q) + "&page=" + page, key);
      r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
      if (r.path("hits").size() < 100) return ids;
    }
  }

  private static List<String> suggested(String prefix, String key) throws Exception {
    List<String> ids = new ArrayList<>();
    get("/api/v1/suggest?limit=50&q=" + encode(prefix), key).forEach(s -> {
      if (s.path("kind").asText().equals("credential")) ids.add(s.path("id").asText());
    });
    return ids;
  }

  private static Map<String, Long> facet(JsonNode page, String dimension) {
    Map<String, Long> counts = new TreeMap<>();
    page.path("facets").path(dimension).forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
    return counts;
  }

  /** At most 60 ids spread evenly over {@code ids}. */
  private static List<String> sample(List<String> ids) {
    int step = Math.max(1, ids.size() / 60);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += step) out.add(ids.get(i));
    return out;
  }

  private static List<String> texts(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode get(String path, String key) throws Exception {
    return send("GET", path, null, key);
  }

  private static int status(String path, String key) throws Exception {
    return exchange("GET", path, null, key).statusCode();
  }

  /** The JSON answer, which must be a 2xx. */
  private static JsonNode send(String method, String path, String body, String key) throws Exception {
    HttpResponse<String> r = exchange(method, path, body, key);
    assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> exchange(String method, String path, String body, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) b.header("Content-Type", "application/json");
    if (key != null) b.header("Authorization", "Bearer " + key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
