package io.credpath.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Maps one JSON Lines record of skills, occupations and stacks to its domain record (credentials: {@link CredentialReader}). */
final class RecordReaders {
  private static final double MAX = Double.MAX_VALUE;

  private RecordReaders() {}

  static Optional<Skill> skill(FieldReader f, JsonNode n) {
    String id = f.readId(n);
    String name = f.string(n, "", "name");
    List<String> aliases = f.strings(n, "", "aliases");
    String category = f.string(n, "", "category");
    Optional<String> parent = f.optionalString(n, "", "parent");
    List<String> uris = f.strings(n, "", "uris");
    if (f.failed()) return Optional.empty();
    return Optional.of(new Skill(id, name, aliases, category, parent, uris));
  }

  static Optional<Occupation> occupation(FieldReader f, JsonNode n) {
    String id = f.readId(n);
    String title = f.string(n, "", "title");
    List<String> alternateTitles = f.strings(n, "", "alternateTitles");
    String description = f.string(n, "", "description", "");
    OptionalInt jobZone = f.optionalInteger(n, "", "jobZone", 1, 5);
    List<SkillRequirement> requirements = new ArrayList<>();
    for (FieldReader.Element e : f.array(n, "", "requirements")) {
      if (!e.node().isObject()) {
        f.problem(e.path(), "must be an object, got " + FieldReader.got(e.node()));
        continue;
      }
      JsonNode r = e.node();
      String skill = f.string(r, e.path(), "skill");
      int level = f.integer(r, e.path(), "level", 1, 5);
      double importance = f.number(r, e.path(), "importance", 1, 5);
      boolean essential = f.bool(r, e.path(), "essential");
      boolean hot = f.bool(r, e.path(), "hot");
      boolean inDemand = f.bool(r, e.path(), "inDemand");
      String origin = f.string(r, e.path(), "origin", "");
      boolean general = f.bool(r, e.path(), "general");
      Optional<String> group = f.optionalString(r, e.path(), "group");
      if (!f.failed()) {
        requirements.add(new SkillRequirement(skill, level, importance, essential, hot, inDemand, origin, general, group));
      }
    }
    List<String> escoUris = f.strings(n, "", "escoUris");
    List<String> related = f.strings(n, "", "related");
    List<String> credentials = f.strings(n, "", "credentials");
    Optional<EntryRoute> route = f.object(n, "", "entryRoute").flatMap(r -> entryRoute(f, r));
    Optional<Education> education = f.object(n, "", "education").flatMap(e -> {
      int level = f.integer(e, "education", "level", 1, 12);
      double share = f.number(e, "education", "share", 0, 100);
      return f.failed() ? Optional.empty() : Optional.of(new Education(level, share));
    });
    List<String> activities = f.strings(n, "", "activities");
    Optional<Interests> interests = f.object(n, "", "interests").flatMap(i -> interests(f, i));
    if (f.failed()) return Optional.empty();
    return Optional.of(new Occupation(id, title, alternateTitles, description, jobZone, requirements, escoUris, related,
        credentials, route, education, activities, interests));
  }

  private static Optional<Interests> interests(FieldReader f, JsonNode i) {
    double[] v = new double[Interests.LETTERS.length()];
    for (int k = 0; k < v.length; k++) v[k] = f.number(i, "interests", String.valueOf(Interests.LETTERS.charAt(k)), 1, 7);
    return f.failed() ? Optional.empty() : Optional.of(new Interests(v[0], v[1], v[2], v[3], v[4], v[5]));
  }

  private static Optional<EntryRoute> entryRoute(FieldReader f, JsonNode r) {
    String route = f.choice(r, "entryRoute", "route", k -> EntryRoute.ROUTES.contains(k) ? Optional.of(k) : Optional.empty(),
        EntryRoute.ROUTES.stream().sorted().toList(), "programme");
    String summary = f.string(r, "entryRoute", "summary");
    OptionalInt months = f.optionalInteger(r, "entryRoute", "typicalMonths", 0, 240);
    List<String> credentials = f.strings(r, "entryRoute", "credentials");
    List<String> firstSteps = f.strings(r, "entryRoute", "firstSteps");
    String source = f.string(r, "entryRoute", "sourceUrl");
    List<String> alsoRequired = f.strings(r, "entryRoute", "alsoRequired");
    List<List<String>> oneOf = new java.util.ArrayList<>();
    for (FieldReader.Element e : f.array(r, "entryRoute", "alsoRequiredOneOf")) {
      if (!e.node().isArray() || e.node().isEmpty()) {
        f.problem(e.path(), "must be a non-empty array of credential ids (any one of them), got " + FieldReader.got(e.node()));
        continue;
      }
      List<String> group = new java.util.ArrayList<>();
      for (int j = 0; j < e.node().size(); j++) group.add(f.text(e.node().get(j), e.path() + "[" + j + "]"));
      oneOf.add(group);
    }
    List<String> employerProvided = f.strings(r, "entryRoute", "employerProvided");
    List<String> alsoHelps = f.strings(r, "entryRoute", "alsoHelps");
    List<EntryRoute.Held> workersHold = new java.util.ArrayList<>();
    for (FieldReader.Element e : f.array(r, "entryRoute", "workersHold")) {
      JsonNode group = e.node().path("oneOf");
      if (!e.node().isObject() || !group.isArray() || group.isEmpty()) {
        f.problem(e.path(), "must be an object with a non-empty oneOf array of credential ids, got " + FieldReader.got(e.node()));
        continue;
      }
      List<String> ids = new java.util.ArrayList<>();
      for (int j = 0; j < group.size(); j++) ids.add(f.text(group.get(j), e.path() + ".oneOf[" + j + "]"));
      JsonNode years = e.node().path("afterYears");
      if (!years.isNumber() || years.asDouble() < 0 || years.asDouble() > 40) {
        f.problem(e.path() + ".afterYears", "must be a number of years from 0 to 40, got " + FieldReader.got(years));
        continue;
      }
      workersHold.add(new EntryRoute.Held(ids, years.asDouble()));
    }
    Map<String, String> stepReasons = stepReasons(f, r, credentials, firstSteps, alsoRequired, oneOf);
    if (f.failed()) return Optional.empty();
    return Optional.of(new EntryRoute(route, summary, months, credentials, firstSteps, source, alsoRequired, oneOf, employerProvided,
        alsoHelps, workersHold, stepReasons));
  }

  /**
   * The route's reasons per step: each key must be one of the credentials the route asks for (its own, its first steps,
   * what employers require beside them), each value a sentence; a reason for anything else (a merely helpful
   * credential, a typo) is reported, as the import refuses it.
   */
  private static Map<String, String> stepReasons(FieldReader f, JsonNode r, List<String> credentials, List<String> firstSteps,
      List<String> alsoRequired, List<List<String>> oneOf) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Optional<JsonNode> reasons = f.object(r, "entryRoute", "stepReasons");
    if (reasons.isEmpty()) return out;
    Set<String> asked = EntryRoute.named(credentials, firstSteps, alsoRequired, oneOf);
    for (Map.Entry<String, JsonNode> e : reasons.get().properties()) {
      String at = "entryRoute.stepReasons." + e.getKey();
      if (!asked.contains(e.getKey())) {
        f.problem(at, "names " + e.getKey() + ", which is not among the route's credentials, firstSteps or alsoRequired");
      } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        f.problem(at, "must be a sentence saying why, got " + FieldReader.got(e.getValue()));
      } else {
        f.learnerText(at, e.getValue().asText());
        out.put(e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  static Optional<Stack> stack(FieldReader f, JsonNode n) {
    String id = f.readId(n);
    String title = f.string(n, "", "title");
    String type = f.string(n, "", "type");
    String provider = f.string(n, "", "provider");
    String url = f.string(n, "", "url", "");
    Optional<Requirement> components = Optional.empty();
    if (n.get("components") == null || n.get("components").isNull()) {
      f.problem("components", "is required");
    } else {
      components = RequirementReader.read(f, n.get("components"), "components");
    }
    double fee = f.number(n, "", "fee", 0, MAX, 0);
    String currency = f.string(n, "", "currency", "USD");
    OptionalDouble creditValue = f.optionalNumber(n, "", "creditValue", 0, MAX);
    Optional<String> creditUnit = f.optionalString(n, "", "creditUnit");
    Optional<String> awards = f.optionalString(n, "", "awards");
    String source = f.string(n, "", "source", "");
    if (f.failed() || components.isEmpty()) return Optional.empty();
    return Optional.of(new Stack(id, title, type, provider, url, components.get(), fee, currency, creditValue, creditUnit,
        awards, source));
  }
}
