package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.advising.LearnerFields;
import io.credpath.advising.PlanAsk;
import io.credpath.advising.Scenario;
import io.credpath.advising.StepMark;
import io.credpath.advising.StepStatus;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.ClosestNames;
import io.credpath.catalog.Credential;
import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.Preferences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Turns advising bodies into the domain's records, reporting every invalid field (422) at once; occupation, skill and
 * credential ids must be in the served catalogue (credentials in the caller's scope), and an unknown one is named with
 * the closest known ids, as the planner names them.
 */
final class AdvisingReader {
  private static final int MAX_ID = LearnerFields.MAX_TEXT;
  private static final int MAX_ITEMS = 500;
  private static final Set<String> LEARNER = PlanningBodies.fields(AdvisingBodies.LearnerBody.class);
  private static final Set<String> HELD_SKILL = PlanningBodies.fields(PlanningBodies.HeldSkill.class);
  private static final Set<String> SAVE_PLAN = PlanningBodies.fields(AdvisingBodies.SavePlanBody.class);
  private static final Set<String> WHAT_IF = PlanningBodies.fields(AdvisingBodies.WhatIfBody.class);
  private static final Set<String> SCENARIO = PlanningBodies.fields(AdvisingBodies.ScenarioBody.class);
  private static final Set<String> SCENARIO_BUDGET = PlanningBodies.fields(AdvisingBodies.ScenarioBudget.class);
  private static final Set<String> STEP_MARK = PlanningBodies.fields(AdvisingBodies.StepMarkBody.class);
  private static final Set<String> COHORT_PLAN = PlanningBodies.fields(AdvisingBodies.CohortPlanBody.class);
  private static final int MAX_URL = 2000;
  private final PlanRequestReader plans;

  AdvisingReader(PlanRequestReader plans) {
    this.plans = plans;
  }

  /** A parsed what-if question. */
  record WhatIfAsk(PlanAsk base, List<Scenario> scenarios) {}

  /** A learner body, its ids checked against {@code catalog} as {@code scope} sees it. */
  LearnerFields learner(JsonNode body, Catalog catalog, CatalogScope scope) {
    BodyFields f = new BodyFields();
    List<String> suggestions = new ArrayList<>();
    f.checkNames(body, "", LEARNER);
    Optional<String> ref = f.text(body, "", "externalRef", MAX_ID, true);
    Optional<String> name = f.text(body, "", "name", MAX_ID, true);
    Optional<String> occupation = f.text(body, "", "currentOccupation", MAX_ID, false);
    occupation.ifPresent(id -> known(f, suggestions, "currentOccupation", "occupation", id,
        () -> catalog.occupations().stream().map(o -> o.id()).toList(), i -> catalog.findOccupation(i).isPresent()));
    List<String> credentials = f.strings(body, "", "heldCredentials", MAX_ITEMS, MAX_ID);
    for (int i = 0; i < credentials.size(); i++) {
      known(f, suggestions, "heldCredentials[" + i + "]", "credential", credentials.get(i),
          () -> catalog.credentials().stream().filter(scope::allows).map(Credential::id).toList(),
          id -> catalog.findCredential(id).filter(scope::allows).isPresent());
    }
    List<SkillLevel> skills = heldSkills(f, suggestions, body, catalog);
    double years = f.number(body, "", "experienceYears", 0, 60).orElse(0);
    List<String> languages = new ArrayList<>();
    for (String l : f.strings(body, "", "languages", 20, 10)) {
      if (!l.matches("[A-Za-z]{2,3}")) f.add("languages", "not a language code (two or three letters): " + l);
      else languages.add(l.toLowerCase(Locale.ROOT));
    }
    Budget budget = plans.budget(f, body);
    String notes = f.text(body, "", "fundingNotes", LearnerFields.MAX_NOTES, false).orElse("");
    f.throwIfInvalid(422, suggestions);
    return new LearnerFields(ref.orElseThrow(), name.orElseThrow(), occupation, credentials, skills, years,
        languages.stream().distinct().toList(), budget, notes);
  }

  /** A save-plan body. */
  PlanAsk plan(JsonNode body, Set<String> tenantLanguages) {
    BodyFields f = new BodyFields();
    f.checkNames(body, "", SAVE_PLAN);
    PlanAsk ask = ask(f, body, tenantLanguages);
    f.throwIfInvalid(422);
    return ask;
  }

  /** A what-if body: its base and 2-5 scenarios, their credential ids checked as for a learner. */
  WhatIfAsk whatIf(JsonNode body, Catalog catalog, CatalogScope scope, Set<String> tenantLanguages) {
    BodyFields f = new BodyFields();
    List<String> suggestions = new ArrayList<>();
    f.checkNames(body, "", WHAT_IF);
    PlanAsk base = ask(f, body, tenantLanguages);
    List<JsonNode> items = f.array(body, "", "scenarios", 5);
    if (!f.hasErrors() && items.size() < 2) f.add("scenarios", "must have 2 to 5 scenarios");
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "scenarios[" + i + "]";
      JsonNode s = f.checkNames(items.get(i), at, SCENARIO);
      if (!s.isObject()) continue;
      String name = f.text(s, at, "name", 100, false).orElse("scenario " + (i + 1));
      Optional<String> target = f.text(s, at, "target", MAX_ID, false);
      JsonNode b = f.object(s, at, "budget", SCENARIO_BUDGET);
      OptionalDouble maxCost = f.number(b, at + ".budget", "maxCost", 0, 1e9);
      OptionalDouble perWeek = f.number(b, at + ".budget", "hoursPerWeek", 0.5, 80);
      int weeks = f.integer(b, at + ".budget", "maxWeeks", 1, 520, 0);
      List<String> added = f.strings(s, at, "addHeldCredentials", 50, MAX_ID);
      for (int j = 0; j < added.size(); j++) {
        known(f, suggestions, at + ".addHeldCredentials[" + j + "]", "credential", added.get(j),
            () -> catalog.credentials().stream().filter(scope::allows).map(Credential::id).toList(),
            id -> catalog.findCredential(id).filter(scope::allows).isPresent());
      }
      scenarios.add(new Scenario(name, target, maxCost, perWeek, weeks == 0 ? OptionalInt.empty() : OptionalInt.of(weeks), added));
    }
    f.throwIfInvalid(422, suggestions);
    return new WhatIfAsk(base, scenarios);
  }

  /** A progress mark: the step's credential, its status, the date (today when not said, never later) and an http(s) evidence URL. */
  StepMark stepMark(JsonNode body, LocalDate today) {
    BodyFields f = new BodyFields();
    f.checkNames(body, "", STEP_MARK);
    Optional<String> credential = f.text(body, "", "credential", MAX_ID, true);
    Optional<String> statusText = f.text(body, "", "status", 20, true);
    Optional<StepStatus> status = statusText.flatMap(StepStatus::fromWire).filter(s -> s != StepStatus.PLANNED);
    if (statusText.isPresent() && status.isEmpty()) f.add("status", "must be started, completed or abandoned: " + statusText.get());
    LocalDate date = today;
    Optional<String> dateText = f.text(body, "", "date", 10, false);
    if (dateText.isPresent()) {
      try {
        date = LocalDate.parse(dateText.get());
        if (date.isAfter(today)) f.add("date", "must not be later than today (" + today + "): " + date);
      } catch (java.time.format.DateTimeParseException e) {
        f.add("date", "must be a date YYYY-MM-DD");
      }
    }
    Optional<String> evidence = f.text(body, "", "evidenceUrl", MAX_URL, false);
    evidence.ifPresent(url -> {
      try {
        java.net.URI uri = new java.net.URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) f.add("evidenceUrl", "must be an http or https URL");
      } catch (java.net.URISyntaxException e) {
        f.add("evidenceUrl", "must be an http or https URL");
      }
    });
    f.throwIfInvalid(422);
    return new StepMark(credential.orElseThrow(), status.orElseThrow(), date, evidence);
  }

  /** A cohort-planning body (optional): the start date of every learner's plan, today when not said. */
  LocalDate cohortPlan(Optional<JsonNode> body) {
    if (body.isEmpty()) return plans.startDate(new BodyFields(), com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    BodyFields f = new BodyFields();
    f.checkNames(body.get(), "", COHORT_PLAN);
    LocalDate start = plans.startDate(f, body.get());
    f.throwIfInvalid(422);
    return start;
  }

  private PlanAsk ask(BodyFields f, JsonNode body, Set<String> tenantLanguages) {
    Optional<String> target = f.text(body, "", "target", MAX_ID, true);
    Preferences preferences = plans.preferences(f, body);
    LocalDate start = plans.startDate(f, body);
    return new PlanAsk(target.orElse("?"), preferences, start, tenantLanguages);
  }

  private static List<SkillLevel> heldSkills(BodyFields f, List<String> suggestions, JsonNode body, Catalog catalog) {
    List<SkillLevel> skills = new ArrayList<>();
    List<JsonNode> held = f.array(body, "", "heldSkills", MAX_ITEMS);
    for (int i = 0; i < held.size(); i++) {
      String at = "heldSkills[" + i + "]";
      JsonNode s = f.checkNames(held.get(i), at, HELD_SKILL);
      if (!s.isObject()) continue;
      Optional<String> skill = f.text(s, at, "skill", MAX_ID, true);
      int level = f.integer(s, at, "level", 1, 5, -1);
      if (s.path("level").isMissingNode() || s.path("level").isNull()) f.add(at + ".level", "is required");
      skill.ifPresent(id -> known(f, suggestions, at + ".skill", "skill", id,
          () -> catalog.skills().stream().map(k -> k.id()).toList(), k -> catalog.findSkill(k).isPresent()));
      if (skill.isPresent() && level >= 1) skills.add(new SkillLevel(skill.get(), level));
    }
    return skills;
  }

  /** Reports {@code id} at {@code field} when it is not known, naming the closest known ids (also as suggestions). */
  private static void known(BodyFields f, List<String> suggestions, String field, String kind, String id,
      Supplier<Collection<String>> ids, Predicate<String> exists) {
    if (exists.test(id)) return;
    List<String> closest = ClosestNames.closest(id, ids.get(), 5);
    suggestions.addAll(closest);
    f.add(field, "unknown " + kind + " '" + id + "'" + (closest.isEmpty() ? "" : "; did you mean: " + String.join(", ", closest)));
  }
}
