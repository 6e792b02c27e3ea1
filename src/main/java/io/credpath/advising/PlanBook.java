package io.credpath.advising;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.Pathway;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Planning;
import io.credpath.planner.Preferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's learners' plans: planned exactly as {@code POST /api/v1/pathways} plans (same planner, the learner's
 * profile and budget), saved with what they were computed with, computed again on today's catalogue and rules with
 * what changed, and what-if scenarios side by side.
 */
public final class PlanBook {
  private final AdvisingStore store;
  private final Planning planning;
  private final PlanJson json;
  private final Clock clock;

  public PlanBook(AdvisingStore store, Planning planning, PlanJson json, Clock clock) {
    this.store = store;
    this.planning = planning;
    this.json = json;
    this.clock = clock;
  }

  /** Plans the actor's learner toward {@code ask}'s target within {@code scope} and saves the answer as told. */
  public SavedPlan save(Actor actor, String learnerId, PlanAsk ask, CatalogScope scope) {
    Planned p = plan(actor, learner(actor, learnerId), ask, scope);
    return store.savePlan(actor, learnerId, p.target(), p.basis(), p.request(), p.response(), p.pathways(), p.gap());
  }

  /** {@code learner} planned toward {@code ask}'s target within {@code scope}, as a saved plan keeps it (nothing is stored). */
  Planned plan(Actor actor, Learner learner, PlanAsk ask, CatalogScope scope) {
    PlanRequest request = new PlanRequest(ask.target(), learner.profile(), learner.budget(), languages(ask, learner),
        Optional.of(actor.tenant()), ask.startDate());
    Planning.Computed computed = planning.planComputed(request, scope);
    PlanResult result = computed.result();
    return new Planned(result.target().id(), computed.basis(), json.request(request), json.response(result), SavedPlan.pathwaysOf(result),
        SavedPlan.gapOf(result));
  }

  /** A plan computed and written as a saved plan keeps it: target id, basis, request and answer as JSON, pathways, gap. */
  record Planned(String target, io.credpath.planner.PlanBasis basis, String request, String response, List<SavedPlan.SavedPathway> pathways,
      List<SavedPlan.GapSkill> gap) {}

  /** The actor's saved plan {@code planId} of learner {@code learnerId}, exactly as it was told. */
  public SavedPlan find(Actor actor, String learnerId, String planId) {
    return store.findPlan(actor.tenant(), learnerId, planId).orElseThrow(() -> new NoSuchRecordException("plan", planId));
  }

  /**
   * Computes the saved plan's request again, from today, on today's catalogue and rules, and says how its leading pathway
   * changed and why; the saved plan stays as it was told.
   */
  public Replan replan(Actor actor, String learnerId, String planId, CatalogScope scope) {
    SavedPlan saved = find(actor, learnerId, planId);
    PlanRequest was = json.read(saved.request(), Optional.of(actor.tenant()));
    LocalDate today = LocalDate.now(clock);
    PlanRequest again = new PlanRequest(was.target(), was.profile(), was.budget(), was.preferences(), was.tenant(), today);
    Planning.Computed computed = planning.planComputed(again, scope);
    PathwayDiff diff = new PathwayDiff(computed.catalog(), saved.basis(), computed.basis(), was.startDate(), today);
    Optional<SavedPlan.SavedPathway> now = SavedPlan.pathwaysOf(computed.result()).stream().findFirst();
    return new Replan(saved.id(), saved.basis(), computed.basis(), was.startDate(), today, diff.changes(),
        diff.between(saved.pathways().stream().findFirst(), now), computed.result());
  }

  /** The actor's learner planned under each scenario, from {@code base} (target, preferences, start date), side by side. */
  public WhatIf whatIf(Actor actor, String learnerId, PlanAsk base, List<Scenario> scenarios, CatalogScope scope) {
    Learner learner = learner(actor, learnerId);
    Preferences preferences = languages(base, learner);
    List<WhatIf.Outcome> outcomes = new ArrayList<>();
    for (Scenario s : scenarios) {
      Budget b = learner.budget();
      Budget budget = new Budget(s.maxCost().isPresent() ? s.maxCost() : b.maxCost(), b.currency(), b.maxHours(),
          s.maxWeeks().isPresent() ? s.maxWeeks() : b.maxWeeks(), s.hoursPerWeek().orElse(b.hoursPerWeek()));
      Set<String> held = new LinkedHashSet<>(learner.heldCredentials());
      held.addAll(s.addHeldCredentials());
      LearnerProfile profile = new LearnerProfile(List.copyOf(held), learner.heldSkills(), learner.experienceYears(),
          learner.currentOccupation());
      PlanRequest request = new PlanRequest(s.target().orElse(base.target()), profile, budget, preferences,
          Optional.of(actor.tenant()), base.startDate());
      PlanResult result = planning.plan(request, scope);
      Optional<Pathway> best = result.pathways().stream().findFirst();
      outcomes.add(new WhatIf.Outcome(s.name(), result.target().id(), budget, s.addHeldCredentials(),
          SavedPlan.pathwaysOf(result).stream().findFirst(), best.map(Pathway::coverage).orElse(0.0), result.pathways().size(), result));
    }
    return new WhatIf(learnerId, outcomes);
  }

  /**
   * Where the learner stands on the saved plan {@code planId}: its leading pathway's steps with their statuses, whether
   * they are behind schedule, and the rest computed again from today with what is left of the budget.
   */
  public Progress progress(Actor actor, String learnerId, String planId, CatalogScope scope) {
    SavedPlan saved = find(actor, learnerId, planId);
    return report(actor, learnerId, saved, store.progress(actor.tenant(), learnerId, planId), scope);
  }

  /**
   * Records a step started, completed or abandoned ({@link NotAStepException} for a credential the leading pathway does
   * not hold) and answers the progress that follows.
   */
  public Progress mark(Actor actor, String learnerId, String planId, StepMark mark, CatalogScope scope) {
    SavedPlan saved = find(actor, learnerId, planId);
    List<String> steps = saved.pathways().isEmpty() ? List.of()
        : saved.pathways().get(0).steps().stream().map(SavedPlan.SavedStep::credential).toList();
    if (!steps.contains(mark.credential())) throw new NotAStepException(mark.credential(), steps);
    return report(actor, learnerId, saved, store.markStep(actor, learnerId, planId, mark), scope);
  }

  private Progress report(Actor actor, String learnerId, SavedPlan saved, List<StepProgress> statuses, CatalogScope scope) {
    LocalDate today = LocalDate.now(clock);
    ProgressReport report = new ProgressReport(saved, json.read(saved.request(), Optional.of(actor.tenant())), statuses, today);
    PlanRequest rest = report.remaining();
    PlanResult result = planning.plan(rest, scope);
    return new Progress(saved.id(), learnerId, json.read(saved.request(), Optional.of(actor.tenant())).startDate(), today,
        report.weeksElapsed(), report.steps(), report.spent(), rest.budget(), report.behind(), report.notes(), rest, result);
  }

  private Learner learner(Actor actor, String id) {
    return store.findLearner(actor.tenant(), id).orElseThrow(() -> new NoSuchRecordException("learner", id));
  }

  /** The ask's languages, or else the learner's, or else the tenant's, as a planning request names none. */
  private static Preferences languages(PlanAsk ask, Learner learner) {
    Preferences p = ask.preferences();
    if (!p.languages().isEmpty()) return p;
    if (!learner.languages().isEmpty()) return p.withLanguages(Set.copyOf(learner.languages()));
    return ask.tenantLanguages().isEmpty() ? p : p.withLanguages(ask.tenantLanguages());
  }
}
