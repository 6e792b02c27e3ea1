package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Turns a planning body into the planner's contract records, reporting every invalid field (422) at once. */
final class PlanRequestReader {
  private static final int MAX_ITEMS = 500;
  private static final int MAX_ID = 200;
  // The names each body and object may hold: those of its documented shape.
  private static final Set<String> PLAN = PlanningBodies.fields(PlanningBodies.Plan.class);
  private static final Set<String> TRANSITIONS = PlanningBodies.fields(PlanningBodies.Transitions.class);
  private static final Set<String> LADDERS = PlanningBodies.fields(PlanningBodies.Ladders.class);
  private static final Set<String> PROFILE = PlanningBodies.fields(PlanningBodies.Profile.class);
  private static final Set<String> HELD_SKILL = PlanningBodies.fields(PlanningBodies.HeldSkill.class);
  private static final Set<String> BUDGET = PlanningBodies.fields(PlanningBodies.Budget.class);
  private static final Set<String> PREFERENCES = PlanningBodies.fields(PlanningBodies.Preferences.class);
  private final Clock clock;

  PlanRequestReader(Clock clock) {
    this.clock = clock;
  }

  /** A gap or pathway request: target, profile, budget, preferences, startDate. */
  PlanRequest request(JsonNode body, Optional<String> tenant) {
    BodyFields f = new BodyFields();
    f.checkNames(body, "", PLAN);
    Optional<String> target = f.text(body, "", "target", MAX_ID, true);
    LearnerProfile profile = profile(f, body);
    Budget budget = budget(f, body);
    Preferences preferences = preferences(f, body);
    LocalDate start = startDate(f, body);
    f.throwIfInvalid(422);
    return new PlanRequest(target.orElseThrow(), profile, budget, preferences, tenant, start);
  }

  /** The {@code startDate} of {@code body}, today when not said. */
  LocalDate startDate(BodyFields f, JsonNode body) {
    Optional<String> date = f.text(body, "", "startDate", 10, false);
    try {
      if (date.isPresent()) return LocalDate.parse(date.get());
    } catch (DateTimeParseException e) {
      f.add("startDate", "must be a date YYYY-MM-DD");
    }
    return LocalDate.now(clock);
  }

  /** A transitions request: profile, optional budget, limit (1..50) and includeCatchAll (default false). */
  Transitions transitions(JsonNode body) {
    BodyFields f = new BodyFields();
    f.checkNames(body, "", TRANSITIONS);
    LearnerProfile profile = profile(f, body);
    Budget budget = budget(f, body);
    int limit = f.integer(body, "", "limit", 1, 50, 10);
    boolean includeCatchAll = f.bool(body, "", "includeCatchAll", false);
    f.throwIfInvalid(422);
    return new Transitions(profile, budget, limit, includeCatchAll);
  }

  /** A ladders request: target, profile (naming the current occupation), optional budget, limit (1..10, default 3). */
  Ladders ladders(JsonNode body) {
    BodyFields f = new BodyFields();
    f.checkNames(body, "", LADDERS);
    Optional<String> target = f.text(body, "", "target", MAX_ID, true);
    LearnerProfile profile = profile(f, body);
    Budget budget = budget(f, body);
    int limit = f.integer(body, "", "limit", 1, 10, 3);
    JsonNode job = body.path("profile").path("currentOccupation");
    if (profile.currentOccupation().isEmpty() && (job.isMissingNode() || job.isNull() || job.isTextual())) {
      f.add("profile.currentOccupation", "is required: a ladder starts from the learner's current occupation");
    }
    f.throwIfInvalid(422);
    return new Ladders(target.orElseThrow(), profile, budget, limit);
  }

  /** A parsed ladders request. */
  record Ladders(String target, LearnerProfile profile, Budget budget, int limit) {}

  /** A parsed transitions request. */
  record Transitions(LearnerProfile profile, Budget budget, int limit, boolean includeCatchAll) {}

  private LearnerProfile profile(BodyFields f, JsonNode body) {
    JsonNode p = f.object(body, "", "profile", PROFILE);
    List<String> creds = f.strings(p, "profile", "heldCredentials", MAX_ITEMS, MAX_ID);
    List<SkillLevel> skills = new ArrayList<>();
    List<JsonNode> held = f.array(p, "profile", "heldSkills", MAX_ITEMS);
    for (int i = 0; i < held.size(); i++) {
      String at = "profile.heldSkills[" + i + "]";
      JsonNode s = f.checkNames(held.get(i), at, HELD_SKILL);
      if (!s.isObject()) continue;
      Optional<String> skill = f.text(s, at, "skill", MAX_ID, true);
      int level = f.integer(s, at, "level", 1, 5, -1);
      if (s.path("level").isMissingNode() || s.path("level").isNull()) f.add(at + ".level", "is required");
      if (skill.isPresent() && level >= 1) skills.add(new SkillLevel(skill.get(), level));
    }
    double years = f.number(p, "profile", "experienceYears", 0, 60).orElse(0);
    Optional<String> current = f.text(p, "profile", "currentOccupation", MAX_ID, false);
    OptionalInt education = OptionalInt.empty();
    Optional<String> said = f.text(p, "profile", "education", 30, false);
    if (said.isPresent()) {
      education = io.credpath.catalog.Education.fromWire(said.get());
      if (education.isEmpty()) f.add("profile.education", "must be one of " + String.join(", ", io.credpath.catalog.Education.WIRE));
    }
    return new LearnerProfile(creds, skills, years, current, education);
  }

  /** The {@code budget} object of {@code body}: every limit optional, 8 hours a week and USD when not said. */
  Budget budget(BodyFields f, JsonNode body) {
    JsonNode b = f.object(body, "", "budget", BUDGET);
    OptionalDouble maxCost = f.number(b, "budget", "maxCost", 0, 1e9);
    String currency = f.text(b, "budget", "currency", 3, false).orElse("USD");
    if (!currency.matches("[A-Z]{3}")) f.add("budget.currency", "must be a three-letter ISO 4217 code");
    OptionalDouble maxHours = f.number(b, "budget", "maxHours", 0, 100_000);
    int weeks = f.integer(b, "budget", "maxWeeks", 1, 520, 0);
    double perWeek = f.number(b, "budget", "hoursPerWeek", 0.5, 80).orElse(8);
    return new Budget(maxCost, currency.matches("[A-Z]{3}") ? currency : "USD", maxHours,
        weeks == 0 ? OptionalInt.empty() : OptionalInt.of(weeks), perWeek);
  }

  /** The {@code preferences} object of {@code body}, defaults for what it does not say. */
  Preferences preferences(BodyFields f, JsonNode body) {
    JsonNode p = f.object(body, "", "preferences", PREFERENCES);
    Set<Delivery> delivery = new LinkedHashSet<>();
    for (String d : f.strings(p, "preferences", "delivery", 3, 20)) {
      Optional<Delivery> v = Delivery.fromWire(d);
      if (v.isEmpty()) f.add("preferences.delivery", "must be online, in-person or blended");
      v.ifPresent(delivery::add);
    }
    Set<String> languages = Set.copyOf(f.strings(p, "preferences", "languages", 20, 10));
    Set<String> prefer = Set.copyOf(f.strings(p, "preferences", "preferProviders", 50, MAX_ID));
    Set<String> avoid = Set.copyOf(f.strings(p, "preferences", "avoidProviders", 50, MAX_ID));
    Objective objective = Objective.CHEAPEST;
    Optional<String> o = f.text(p, "preferences", "objective", 20, false);
    if (o.isPresent()) {
      Optional<Objective> parsed = Objective.fromWire(o.get());
      if (parsed.isEmpty()) f.add("preferences.objective", "must be cheapest, fastest, recognised or coverage");
      objective = parsed.orElse(Objective.CHEAPEST);
    }
    int alternatives = f.integer(p, "preferences", "alternatives", 1, 10, 4);
    OptionalDouble maxSingle = f.number(p, "preferences", "maxSingleCost", 0, 1e9);
    boolean accredited = f.bool(p, "preferences", "accreditedOnly", false);
    boolean unknownCost = f.bool(p, "preferences", "allowUnknownCost", false);
    String region = f.text(p, "preferences", "region", 10, false).map(r -> r.toUpperCase(java.util.Locale.ROOT)).orElse("");
    if (!region.isEmpty() && !io.credpath.catalog.Credential.JURISDICTION.matcher(region).matches()) {
      f.add("preferences.region", "must be an ISO 3166-2 region code such as US-OH");
      region = "";
    }
    return new Preferences(delivery, languages, prefer, avoid, objective, alternatives, maxSingle, accredited, unknownCost, region);
  }
}
