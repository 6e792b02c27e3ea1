package io.credpath.planner;

import io.credpath.catalog.Credential;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns optimiser solutions into scheduled candidates, and labelled candidates into reviewed {@link Pathway}s. */
final class PathwayAssembler {
  private final PlanRequest request;
  private final PathwayPlanner.Prepared prep;
  private final PathwayRules rules;

  PathwayAssembler(PlanRequest request, PathwayPlanner.Prepared prep, PathwayRules rules) {
    this.request = request;
    this.prep = prep;
    this.rules = rules;
  }

  /** The credentials of a solution to {@code problem} (the request's, or one with a tighter week budget), scheduled. */
  Candidate candidate(Solution s, SearchProblem problem) {
    List<Credential> creds = new ArrayList<>();
    for (int i : s.chosen()) creds.add(problem.credentials[i]);
    WeekScheduler.Schedule schedule = new WeekScheduler(creds, prep.gap().holdings(), request.budget().hoursPerWeek(),
        request.startDate()).schedule();
    return new Candidate(s, creds, schedule);
  }

  /** The pathway for a labelled candidate, after the rules' second pass; {@code advice} goes to partial pathways. */
  Pathway pathway(ParetoLabels.Labelled labelled, List<Reason> advice) {
    Candidate c = labelled.candidate();
    Solution s = c.solution();
    SearchProblem p = prep.problem();
    List<Pathway.Step> steps = new ArrayList<>();
    List<Credential> ordered = new ArrayList<>();
    double cost = 0;
    double hours = 0;
    for (WeekScheduler.Slot slot : c.schedule().slots()) {
      Credential cred = slot.credential();
      List<String> closes = new ArrayList<>();
      for (PlanResult.GapItem g : prep.items()) if (cred.levelOf(g.skill()) >= g.requiredLevel()) closes.add(g.skill());
      steps.add(new Pathway.Step(cred.id(), cred.title(), cred.provider(), cred.cost().total(), cred.hours(), slot.startWeek(),
          slot.endWeek(), slot.weeklyHours(), closes, prep.assessment().reasons().getOrDefault(cred.id(), List.of())));
      ordered.add(cred);
      cost += cred.cost().total();
      hours += cred.hours();
    }
    int weeks = c.schedule().weeks();
    double coverage = p.totalImportance == 0 ? 1 : (double) s.coveredImportance() / p.totalImportance;
    List<PlanResult.GapItem> uncovered = new ArrayList<>();
    for (PlanResult.GapItem g : prep.items()) {
      if (ordered.stream().noneMatch(cr -> cr.levelOf(g.skill()) >= g.requiredLevel())) uncovered.add(g);
    }
    String label = String.join(", ", labelled.labels());
    PathwayRules.PathwayDraft draft = new PathwayRules.PathwayDraft(label, ordered, request.profile().heldCredentials(), cost,
        hours, weeks, coverage, uncovered, prep.items());
    PathwayRules.Review review = rules.review(request, draft);
    List<Reason> warnings = new ArrayList<>(review.warnings());
    warnings.addAll(c.schedule().warnings());
    if (weeks > s.weeks()) {
      warnings.add(new Reason("planner.schedule", "the week-by-week schedule takes " + weeks + " weeks, longer than the "
          + s.weeks() + " weeks estimated from prerequisite chains and total hours, because loads and sessions do not pack perfectly"));
    }
    Optional.of(request.budget().maxWeeks()).filter(m -> m.isPresent() && weeks > m.getAsInt()).ifPresent(m ->
        warnings.add(new Reason("planner.schedule", "the schedule takes " + weeks + " weeks, over the " + m.getAsInt() + "-week budget")));
    if (!uncovered.isEmpty()) warnings.addAll(advice);
    return new Pathway(label, labelled.optimal(), steps, new Pathway.Totals(cost, request.budget().currency(), hours, weeks),
        coverage, review.stacksEarned(), review.suggestions(), warnings, s.recognitionScore() / 1000.0);
  }
}
