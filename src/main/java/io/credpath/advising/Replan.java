package io.credpath.advising;

import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A saved plan computed again on today's catalogue and rules: what it was and is computed with, what changed in
 * between ({@code changed}, in words), how its leading pathway changed, and today's whole answer. Nothing is stored.
 */
public record Replan(String plan, PlanBasis before, PlanBasis now, LocalDate startedBefore, LocalDate startsNow,
    List<String> changed, PathwayChange leading, PlanResult result) {
  public Replan {
    changed = List.copyOf(changed);
  }

  /**
   * The leading pathway then and now (empty when there was or is none), the steps added and removed and those whose price
   * changed, each with why where it can be told, and the change in cost, hours and weeks.
   */
  public record PathwayChange(Optional<SavedPlan.SavedPathway> before, Optional<SavedPlan.SavedPathway> now, List<StepChange> added,
      List<StepChange> removed, List<StepChange> repriced, double costChange, double hoursChange, int weeksChange) {
    public PathwayChange {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      repriced = List.copyOf(repriced);
    }
  }

  /** A step added, removed or repriced: its cost then and now (as known) and why, or an empty {@code why} when it cannot be told. */
  public record StepChange(String credential, String title, OptionalDouble costBefore, OptionalDouble costNow, String why) {}
}
