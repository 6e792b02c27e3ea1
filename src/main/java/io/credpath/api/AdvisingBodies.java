package io.credpath.api;

import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanResult;
import java.time.Instant;
import java.util.List;

/**
 * The wire shapes of the advising bodies, declared once: the OpenAPI document's schemas come from these records, and
 * {@link AdvisingReader} accepts exactly their field names. The views document answers whose records hold a planner
 * {@link io.credpath.planner.Budget} (written in the same shape as {@link PlanningBodies.Budget}, whose schema name it
 * would otherwise take) or JSON kept as text.
 */
final class AdvisingBodies {
  private AdvisingBodies() {}

  /** A learner as created (POST) or replaced (PUT). */
  record LearnerBody(String externalRef, String name, String currentOccupation, List<String> heldCredentials,
      List<PlanningBodies.HeldSkill> heldSkills, double experienceYears, List<String> languages, PlanningBodies.Budget budget,
      String fundingNotes) {}

  /** A plan to save for a learner: the target, and optionally preferences and a start date (today when not said). */
  record SavePlanBody(String target, PlanningBodies.Preferences preferences, String startDate) {}

  /** A what-if question: the target and preferences every scenario starts from, and 2-5 scenarios. */
  record WhatIfBody(String target, PlanningBodies.Preferences preferences, String startDate, List<ScenarioBody> scenarios) {}

  /** One scenario: another target, budget limits that replace the learner's, credentials they would hold in addition. */
  record ScenarioBody(String name, String target, ScenarioBudget budget, List<String> addHeldCredentials) {}

  /** The budget limits a scenario changes; what it leaves out stays as the learner's. */
  record ScenarioBudget(Double maxCost, Double hoursPerWeek, Integer maxWeeks) {}

  /** A step of a saved plan marked started, completed or abandoned, on a date (today when not said), with optional evidence. */
  record StepMarkBody(String credential, String status, String date, String evidenceUrl) {}

  /** How to plan a cohort: the start date of every learner's plan (today when not said). */
  record CohortPlanBody(String startDate) {}

  /**
   * A shared budget for a planned cohort: the budget and its currency (USD when not said), the planning job whose plans
   * to choose from (the cohort's latest finished one when not said), and terms per credential.
   */
  record AllocationBody(Double budget, String currency, String job, List<CredentialTermsBody> credentials) {}

  /** A credential's seat limit for the cohort (none when not said) and group discounts. */
  record CredentialTermsBody(String credential, Integer seatLimit, List<DiscountBody> discounts) {}

  /** From {@code minSeats} seats bought for the cohort, {@code percentOff} off each seat. */
  record DiscountBody(Integer minSeats, Double percentOff) {}

  /** Progress on a saved plan as served (a Progress whose budget is written as in a pathways body). */
  record ProgressView(String plan, String learner, String startDate, String today, int weeksElapsed,
      List<io.credpath.advising.Progress.Step> steps, double spent, PlanningBodies.Budget budgetLeft,
      io.credpath.advising.Progress.Behind behind, List<String> notes, PlanningBodies.Plan remainingRequest, PlanResult remaining) {}

  /** A learner as served. */
  record LearnerView(String id, String tenant, String externalRef, String name, String currentOccupation, List<String> heldCredentials,
      List<PlanningBodies.HeldSkill> heldSkills, double experienceYears, List<String> languages, PlanningBodies.Budget budget,
      String fundingNotes, Instant created, Instant updated) {}

  /** A what-if answer as served: the scenarios in the order asked. */
  record WhatIfView(String learner, List<OutcomeView> scenarios) {}

  /** One scenario's answer: what was planned, the leading pathway in short, and the whole answer. */
  record OutcomeView(String name, String target, PlanningBodies.Budget budget, List<String> heldCredentialsAdded,
      io.credpath.advising.SavedPlan.SavedPathway best, double bestCoverage, int pathways, PlanResult result) {}

  /** A saved plan as served: what was asked (a POST /api/v1/pathways body) and answered, and what it was computed with. */
  record SavedPlanView(String id, String learner, String target, PlanBasis basis, Instant created, String createdBy,
      PlanningBodies.Plan request, PlanResult response) {}
}
