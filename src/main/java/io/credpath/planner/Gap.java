package io.credpath.planner;

import io.credpath.catalog.Holdings;
import io.credpath.catalog.Occupation;
import java.util.List;

/**
 * The outcome of gap analysis: the target, the items the planner closes (ranked), the general items shown beside
 * them (never planned), what the learner holds, and whether the learner is past the route's first steps
 * ({@link io.credpath.catalog.EntryRoute#firstStepsBehind}: a helper a year into the trade).
 */
public record Gap(Occupation occupation, List<PlanResult.GapItem> items, List<PlanResult.GapItem> general, Holdings holdings,
    boolean pastFirstSteps) {
  public Gap {
    items = List.copyOf(items);
    general = List.copyOf(general);
  }
}
