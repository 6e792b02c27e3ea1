package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document describes the bodies the server really reads, checked through the real server. */
class OpenApiDocumentTest {
  private static TestApi api;
  private static JsonNode doc;

  @BeforeAll
  static void start() {
    api = new TestApi();
    doc = api.get("/openapi.json", null).json();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void thePathwaysBodySchemaListsExactlyTheFieldsTheReaderAccepts() {
    JsonNode body = schema(doc.at("/paths/~1api~1v1~1pathways/post/requestBody/content/application~1json/schema"));
    List<String> documented = new ArrayList<>();
    collect(body, "", documented);
    assertThat(documented).contains("target", "startDate", "profile.heldCredentials", "profile.heldSkills[0].level",
        "budget.maxCost", "budget.hoursPerWeek", "preferences.objective", "preferences.region");
    for (String field : documented) {
      assertThat(unknownFields(bodyWith(field))).as("documented field %s", field).isEmpty();
    }
    // ...and at every level a name the schema does not list is refused.
    for (String object : List.of("", "profile.", "profile.heldSkills[0].", "budget.", "preferences.")) {
      assertThat(unknownFields(bodyWith(object + "undocumented"))).as("in '%s'", object).containsExactly(object + "undocumented");
    }
  }

  @Test
  void everyEnumIsDocumentedInTheWireNamesTheServerReadsAndWrites() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = ApiJson.mapper();
    List<String> enums = new ArrayList<>();
    doc.path("components").path("schemas").fields().forEachRemaining(e -> {
      if (!e.getValue().has("enum")) return;
      enums.add(e.getKey());
      Class<? extends Enum<?>> type = OpenApiEnums.COMPONENTS.get(e.getKey());
      assertThat(type).as("enum component %s is named in OpenApiEnums", e.getKey()).isNotNull();
      List<String> documented = new ArrayList<>();
      e.getValue().path("enum").forEach(v -> documented.add(v.asText()));
      List<String> written = new ArrayList<>();
      for (Enum<?> c : type.getEnumConstants()) {
        try {
          written.add(mapper.readTree(mapper.writeValueAsString(c)).asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
          throw new AssertionError(x);
        }
      }
      assertThat(documented).as("enum %s", e.getKey()).isEqualTo(written);
    });
    assertThat(enums).contains("CredentialType", "Kind");
    // ...and what the server sends is among them.
    JsonNode served = api.get("/api/v1/suggest?q=sec", null).json();
    List<String> kinds = new ArrayList<>();
    doc.at("/components/schemas/Kind/enum").forEach(v -> kinds.add(v.asText()));
    served.forEach(entry -> assertThat(kinds).contains(entry.path("kind").asText()));
  }

  @Test
  void theSuggestAnswerIsDocumentedWithTheFieldsTheServerSends() {
    JsonNode answer = doc.at("/paths/~1api~1v1~1suggest/get/responses/200/content/application~1json/schema");
    assertThat(answer.path("type").asText()).isEqualTo("array");
    List<String> documented = new ArrayList<>();
    schema(answer.path("items")).path("properties").fieldNames().forEachRemaining(documented::add);
    JsonNode served = api.get("/api/v1/suggest?q=sec", null).json();
    assertThat(served).isNotEmpty();
    for (JsonNode entry : served) {
      List<String> sent = new ArrayList<>();
      entry.fieldNames().forEachRemaining(sent::add);
      assertThat(sent).containsExactlyInAnyOrderElementsOf(documented).contains("kind", "id", "label");
    }
  }

  @Test
  void everyAdvisingEndpointIsDocumentedWithItsBodiesAndExamples() throws Exception {
    JsonNode paths = doc.path("paths");
    String learners = "/api/v1/advising/learners";
    for (String[] op : new String[][] {{learners, "post"}, {learners, "get"}, {learners + "/{id}", "get"}, {learners + "/{id}", "put"},
        {learners + "/{id}", "delete"}, {learners + "/{id}/plans", "post"}, {learners + "/{id}/plans", "get"},
        {learners + "/{id}/plans/{planId}", "get"}, {learners + "/{id}/plans/{planId}/replan", "post"},
        {learners + "/{id}/what-if", "post"}, {"/api/v1/advising/audit", "get"}}) {
      assertThat(paths.path(op[0]).path(op[1]).path("tags").toString()).as("%s %s", op[1], op[0]).contains("advising");
    }
    // The learner example is a body the server accepts as it stands (its ids are the shipped catalogue's, so here, on the
    // test catalogue, only they are refused).
    JsonNode example = paths.path(learners).path("post").path("requestBody").path("content").path("application/json").path("example");
    JsonNode body = example.isTextual() ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(example.asText()) : example;
    assertThat(body.path("externalRef").asText()).isEqualTo("S-1042");
    TestApi.Response r = api.post(learners, body.toString(), api.advisorA);
    List<String> refused = new ArrayList<>();
    r.json().path("errors").forEach(e -> refused.add(e.path("field").asText()));
    assertThat(refused).containsExactlyInAnyOrder("currentOccupation", "heldCredentials[0]", "heldSkills[0].skill");
    for (String op : new String[] {learners + "/{id}/plans", learners + "/{id}/what-if"}) {
      assertThat(paths.path(op).path("post").path("requestBody").path("content").path("application/json").has("example")).as(op).isTrue();
    }
    assertThat(paths.path(learners + "/{id}/plans/{planId}/replan").path("post").path("responses").path("200").toString()).contains("example");
    JsonNode learner = schema(paths.path(learners).path("post").path("requestBody").path("content").path("application/json").path("schema"));
    List<String> documented = new ArrayList<>();
    learner.path("properties").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).containsExactlyInAnyOrder("externalRef", "name", "currentOccupation", "heldCredentials", "heldSkills",
        "experienceYears", "languages", "budget", "fundingNotes");
  }

  @Test
  void allocationAndDemandEndpointsAreDocumentedWithExamples() throws Exception {
    JsonNode paths = doc.path("paths");
    String cohort = "/api/v1/advising/cohorts/{id}";
    for (String[] op : new String[][] {{cohort + "/allocations", "post"}, {cohort + "/allocations/{allocationId}", "get"},
        {cohort + "/demand", "get"}, {cohort + "/demand/credentials.csv", "get"}, {cohort + "/demand/gap-skills.csv", "get"}}) {
      assertThat(paths.path(op[0]).path(op[1]).path("tags").toString()).as("%s %s", op[1], op[0]).contains("advising");
      assertThat(paths.path(op[0]).path(op[1]).path("responses").toString()).as("%s %s", op[1], op[0]).contains("example", "404");
    }
    JsonNode body = paths.path(cohort + "/allocations").path("post").path("requestBody").path("content").path("application/json");
    assertThat(body.path("example").toString()).contains("seatLimit", "percentOff");
    assertThat(paths.path(cohort + "/allocations").path("post").path("summary").asText()).contains("exact up to 9 members");
    assertThat(paths.path(cohort + "/allocations").path("post").path("responses").path("201").toString()).contains("upperBound", "alone");
    assertThat(paths.path(cohort + "/demand").path("get").path("responses").path("200").toString()).contains("byQuarter", "gapSkills");
  }

  @Test
  void progressCohortAndJobEndpointsAreDocumentedWithExamples() throws Exception {
    JsonNode paths = doc.path("paths");
    String plan = "/api/v1/advising/learners/{id}/plans/{planId}/progress";
    String cohorts = "/api/v1/advising/cohorts";
    for (String[] op : new String[][] {{plan, "get"}, {plan, "post"}, {cohorts, "post"}, {cohorts + "/{id}", "get"},
        {cohorts + "/{id}/plan", "post"}, {"/api/v1/advising/jobs/{id}", "get"}}) {
      assertThat(paths.path(op[0]).path(op[1]).path("tags").toString()).as("%s %s", op[1], op[0]).contains("advising");
    }
    assertThat(paths.path(plan).path("post").path("requestBody").path("content").path("application/json").has("example")).isTrue();
    assertThat(paths.path(plan).path("get").path("responses").path("200").toString()).contains("example", "behind");
    assertThat(paths.path("/api/v1/advising/jobs/{id}").path("get").path("responses").path("200").toString())
        .contains("estimatedSecondsLeft", "example");
    assertThat(paths.path(cohorts).path("post").path("responses").path("422").toString()).contains("line 7, column 2");
    // The CSV example is a file the server reads: on the test catalogue its shipped ids are unknown, so every row is
    // rejected by line and column, never a 500.
    JsonNode csv = paths.path(cohorts).path("post").path("requestBody").path("content").path("text/csv").path("example");
    assertThat(csv.asText()).startsWith("reference,name,");
    TestApi.Response r = api.send("POST", cohorts, csv.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv", api.advisorA);
    assertThat(r.status).as(r.toString()).isEqualTo(422);
    assertThat(r.body).contains("line 2, column 4 (target)");
  }

  /** The schema {@code s} stands for, its {@code $ref} followed into the document's components. */
  private static JsonNode schema(JsonNode s) {
    if (!s.has("$ref")) return s;
    String ref = s.path("$ref").asText();
    assertThat(ref).startsWith("#/");
    return schema(doc.at(ref.substring(1)));
  }

  /** Every property path under {@code s}: objects by name, arrays of objects as {@code [0]}. */
  private static void collect(JsonNode s, String prefix, List<String> out) {
    for (Iterator<String> it = s.path("properties").fieldNames(); it.hasNext();) {
      String name = it.next();
      JsonNode p = schema(s.path("properties").path(name));
      String path = prefix + name;
      out.add(path);
      if (p.has("properties")) collect(p, path + ".", out);
      if (p.has("items") && schema(p.path("items")).has("properties")) collect(schema(p.path("items")), path + "[0].", out);
    }
  }

  /** A body holding {@code path} (e.g. {@code profile.heldSkills[0].level}) as null, inside the objects it needs. */
  private static ObjectNode bodyWith(String path) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode at = root;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      at = part.endsWith("[0]") ? at.putArray(part.substring(0, part.length() - 3)).addObject() : at.putObject(part);
    }
    at.putNull(parts[parts.length - 1]);
    return root;
  }

  /** The fields the server's answer to this pathways body names as unknown. */
  private static List<String> unknownFields(ObjectNode body) {
    TestApi.Response r = api.post("/api/v1/pathways", body.toString(), api.admin);
    List<String> unknown = new ArrayList<>();
    r.json().path("errors").forEach(e -> {
      if (e.path("message").asText().equals("unknown field")) unknown.add(e.path("field").asText());
    });
    return unknown;
  }

  @Test
  void theWidgetsOriginCheckIsDocumentedAsAPlainTextBodyAndItsAnswer() {
    JsonNode check = doc.at("/paths/~1api~1v1~1widget~1origin-check/post");
    assertThat(check.path("requestBody").path("content").has("text/plain")).isTrue();
    assertThat(check.path("responses").path("200").toString()).contains("keyAccepted", "originAllowed");
  }
}
