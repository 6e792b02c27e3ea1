package io.credpath.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Maps one line of {@code credentials.jsonl} to a {@link Credential}, recording a problem for each bad field. */
final class CredentialReader {
  private static final double MAX = Double.MAX_VALUE;
  private static final List<String> TYPES = Arrays.stream(CredentialType.values()).map(CredentialType::wireName).toList();
  private static final List<String> DELIVERIES = Arrays.stream(Delivery.values()).map(Delivery::wireName).toList();
  private static final List<String> BASES = Arrays.stream(Basis.values()).map(Basis::wireName).toList();
  private static final List<String> CONDITION_KINDS = Condition.KINDS.stream().sorted().toList();

  private CredentialReader() {}

  static Optional<Credential> read(FieldReader f, JsonNode n) {
    String id = f.readId(n);
    String title = f.string(n, "", "title");
    CredentialType type = f.choice(n, "", "type", CredentialType::fromWire, TYPES, CredentialType.COURSE);
    String provider = f.string(n, "", "provider");
    String url = f.string(n, "", "url", "");
    String description = f.string(n, "", "description", "");
    Cost cost = cost(f, n);
    double hours = f.number(n, "", "hours", 0, MAX);
    int minWeeks = f.integer(n, "", "minWeeks", 0, Integer.MAX_VALUE);
    int maxWeeks = f.integer(n, "", "maxWeeks", 0, Integer.MAX_VALUE);
    if (maxWeeks < minWeeks) f.problem("maxWeeks", "must not be below minWeeks " + minWeeks + ", got " + maxWeeks);
    Delivery delivery = f.choice(n, "", "delivery", Delivery::fromWire, DELIVERIES, Delivery.ONLINE);
    String language = f.string(n, "", "language", "en");
    int level = f.integer(n, "", "level", 1, 5);
    OptionalDouble rating = f.optionalNumber(n, "", "rating", 0, 5);
    List<TaughtSkill> skills = new ArrayList<>();
    for (FieldReader.Element e : f.array(n, "", "skills")) {
      if (!e.node().isObject()) {
        f.problem(e.path(), "must be an object, got " + FieldReader.got(e.node()));
        continue;
      }
      String skill = f.string(e.node(), e.path(), "skill");
      int skillLevel = f.integer(e.node(), e.path(), "level", 1, 5);
      Basis basis = e.node().has("basis") ? f.choice(e.node(), e.path(), "basis", Basis::fromWire, BASES, Basis.SYLLABUS) : Basis.SYLLABUS;
      if (!f.failed()) skills.add(new TaughtSkill(skill, skillLevel, basis));
    }
    List<String> unmapped = f.strings(n, "", "unmappedSkills");
    Optional<Requirement> requires = expression(f, n, "requires");
    Optional<Requirement> recommends = expression(f, n, "recommends");
    Optional<Renewal> renewal = f.object(n, "", "renewal").map(r -> new Renewal(
        f.integer(r, "renewal", "everyYears", 1, 100), f.number(r, "renewal", "cost", 0, MAX, 0),
        f.number(r, "renewal", "hours", 0, MAX, 0)));
    Quality quality = f.object(n, "", "quality").map(q -> new Quality(f.strings(q, "quality", "accreditedBy"),
        f.strings(q, "quality", "recognizedBy"), f.strings(q, "quality", "endorsedBy"))).orElse(Quality.none());
    List<LocalDate> sessions = sessions(f, n);
    String status = f.string(n, "", "status", "active");
    if (!status.equals("active") && !status.equals("retired")) f.problem("status", "must be one of active, retired, got \"" + status + "\"");
    List<String> estimates = f.strings(n, "", "estimates");
    String source = f.string(n, "", "source");
    f.optionalString(n, "", "sourceUrl");
    List<String> preparesFor = f.strings(n, "", "preparesFor");
    List<Condition> conditions = conditions(f, n);
    String costIncludes = f.string(n, "", "costIncludes", "");
    f.learnerText("costIncludes", costIncludes);
    String jurisdiction = f.string(n, "", "jurisdiction", "");
    if (!jurisdiction.isEmpty() && !Credential.JURISDICTION.matcher(jurisdiction).matches()) {
      f.problem("jurisdiction", "must be an ISO 3166 code such as US-TX, got \"" + jurisdiction + "\"");
    }
    List<String> stateVersions = f.strings(n, "", "stateVersions");
    List<String> experienceIn = f.strings(n, "", "experienceIn");
    if (!stateVersions.isEmpty() && !jurisdiction.isEmpty()) {
      f.problem("stateVersions", "names the one-state credentials a credential for every state stands for, so it needs no "
          + "jurisdiction; got jurisdiction \"" + jurisdiction + "\"");
    }
    if (f.failed()) return Optional.empty();
    return Optional.of(new Credential(id, title, type, provider, url, description, cost, hours, minWeeks, maxWeeks, delivery,
        language, level, rating, skills, unmapped, requires, recommends, renewal, quality, sessions, status.equals("retired"),
        new LinkedHashSet<>(estimates), source, preparesFor, conditions, costIncludes, jurisdiction, stateVersions,
        experienceIn));
  }

  private static Cost cost(FieldReader f, JsonNode n) {
    Optional<JsonNode> cost = f.object(n, "", "cost");
    if (cost.isEmpty()) {
      if (n.get("cost") == null || n.get("cost").isNull()) f.problem("cost", "is required");
      return Cost.free();
    }
    String currency = f.string(cost.get(), "cost", "currency");
    List<CostItem> items = new ArrayList<>();
    for (FieldReader.Element e : f.array(cost.get(), "cost", "items")) {
      if (!e.node().isObject()) {
        f.problem(e.path(), "must be an object, got " + FieldReader.got(e.node()));
        continue;
      }
      String kind = f.string(e.node(), e.path(), "kind");
      double amount = f.number(e.node(), e.path(), "amount", 0, MAX);
      if (!f.failed()) items.add(new CostItem(kind, amount));
    }
    boolean known = !cost.get().has("known") || f.bool(cost.get(), "cost", "known");
    if (!known && !items.isEmpty()) {
      f.problem("cost.items", "must be empty when cost.known is false (an unknown cost has no amounts), got " + items.size() + " items");
      return Cost.unknown(currency);
    }
    return known ? new Cost(currency, items) : Cost.unknown(currency);
  }

  private static List<Condition> conditions(FieldReader f, JsonNode n) {
    List<Condition> out = new ArrayList<>();
    for (FieldReader.Element e : f.array(n, "", "conditions")) {
      if (!e.node().isObject()) {
        f.problem(e.path(), "must be an object, got " + FieldReader.got(e.node()));
        continue;
      }
      String kind = f.choice(e.node(), e.path(), "kind", k -> Condition.KINDS.contains(k) ? Optional.of(k) : Optional.empty(),
          CONDITION_KINDS, "other");
      String text = f.string(e.node(), e.path(), "text");
      f.learnerText(e.path() + ".text", text);
      int minEducation = e.node().has("minEducation") ? f.integer(e.node(), e.path(), "minEducation", 1, 12) : 0;
      if (!f.failed()) out.add(new Condition(kind, text, minEducation));
    }
    return out;
  }

  private static Optional<Requirement> expression(FieldReader f, JsonNode n, String name) {
    JsonNode e = n.get(name);
    return e == null || e.isNull() ? Optional.empty() : RequirementReader.read(f, e, name);
  }

  private static List<LocalDate> sessions(FieldReader f, JsonNode n) {
    List<LocalDate> out = new ArrayList<>();
    for (FieldReader.Element e : f.array(n, "", "sessions")) {
      try {
        if (!e.node().isTextual()) throw new DateTimeParseException("not text", e.node().toString(), 0);
        out.add(LocalDate.parse(e.node().textValue()));
      } catch (DateTimeParseException ex) {
        f.problem(e.path(), "must be a date YYYY-MM-DD, got " + FieldReader.got(e.node()));
      }
    }
    return out;
  }
}
