package io.credpath.planner;

import io.credpath.catalog.SkillLevel;
import io.credpath.planner.solver.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Small builders for plan requests in tests. */
final class Requests {
  private Requests() {}

  static final LocalDate START = LocalDate.of(2025, 1, 6);

  static LearnerProfile profile(List<String> creds, double years, SkillLevel... skills) {
    return new LearnerProfile(creds, List.of(skills), years, Optional.empty());
  }

  static Budget budget(Double maxCost, Integer maxWeeks, double hoursPerWeek) {
    return new Budget(maxCost == null ? OptionalDouble.empty() : OptionalDouble.of(maxCost), "USD", OptionalDouble.empty(),
        maxWeeks == null ? OptionalInt.empty() : OptionalInt.of(maxWeeks), hoursPerWeek);
  }

  static Preferences prefs(Objective objective, int alternatives) {
    return new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), objective, alternatives, OptionalDouble.empty(), false);
  }

  static PlanRequest request(String target, LearnerProfile profile, Budget budget, Objective objective, int alternatives) {
    return new PlanRequest(target, profile, budget, prefs(objective, alternatives), Optional.empty(), START);
  }

  static PlanRequest request(String target, LearnerProfile profile) {
    return request(target, profile, Budget.unlimited(), Objective.CHEAPEST, 4);
  }
}
