package io.credpath.planner;

import io.credpath.catalog.Credential;
import java.util.List;
import java.util.Map;

/** The planner's view of the rule engine: a first pass over candidates and a second pass over each pathway. */
public interface PathwayRules {

  /** First pass (eligibility, scoring): which candidates are excluded, and each candidate's recognition weight and reasons. */
  Assessment assess(PlanRequest request, List<Credential> candidates);

  /** Second pass (stacking, advice): stacks earned, suggestions and warnings for one pathway. */
  Review review(PlanRequest request, PathwayDraft draft);

  /** First-pass output; {@code recognition} is a weight per candidate id (higher is better recognised, default 1). */
  record Assessment(List<PlanResult.Excluded> exclusions, Map<String, Double> recognition, Map<String, List<Reason>> reasons) {
    public Assessment {
      exclusions = List.copyOf(exclusions);
      recognition = Map.copyOf(recognition);
      reasons = Map.copyOf(reasons);
    }
  }

  /**
   * A pathway before explanation: the chosen credentials in order, its totals, and the gap items it leaves
   * uncovered; {@code affordableAlternative} is set when the budget could not close the whole gap.
   */
  record PathwayDraft(String label, List<Credential> steps, List<String> held, double cost, double hours, int weeks,
      double coverage, List<PlanResult.GapItem> uncovered, List<PlanResult.GapItem> gap) {
    public PathwayDraft {
      steps = List.copyOf(steps);
      held = List.copyOf(held);
      uncovered = List.copyOf(uncovered);
      gap = List.copyOf(gap);
    }
  }

  /** Second-pass output. */
  record Review(List<Pathway.StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings) {
    public Review {
      stacksEarned = List.copyOf(stacksEarned);
      suggestions = List.copyOf(suggestions);
      warnings = List.copyOf(warnings);
    }
  }
}
