package io.credpath.planner;

import io.credpath.catalog.Holdings;
import java.util.List;

/** The outcome of gap analysis: the needed gap items (ranked) and what the learner holds. */
public record Gap(List<PlanResult.GapItem> items, Holdings holdings) {
  public Gap {
    items = List.copyOf(items);
  }
}
