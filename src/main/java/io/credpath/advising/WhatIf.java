package io.credpath.advising;

import io.credpath.planner.Budget;
import io.credpath.planner.PlanResult;
import java.util.List;
import java.util.Optional;

/** A learner's what-if scenarios answered side by side, in the order asked. */
public record WhatIf(String learner, List<Outcome> scenarios) {
  public WhatIf {
    scenarios = List.copyOf(scenarios);
  }

  /**
   * One scenario's answer: what was planned (target, budget, credentials held in addition), the leading pathway in short
   * (label, totals, steps) with its coverage, how many pathways there are, and the whole answer.
   */
  public record Outcome(String name, String target, Budget budget, List<String> heldCredentialsAdded,
      Optional<SavedPlan.SavedPathway> best, double bestCoverage, int pathways, PlanResult result) {
    public Outcome {
      heldCredentialsAdded = List.copyOf(heldCredentialsAdded);
    }
  }
}
