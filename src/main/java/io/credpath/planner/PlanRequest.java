package io.credpath.planner;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One planning request: who the learner is, where they want to go, and within what budget and preferences. */
public record PlanRequest(String target, LearnerProfile profile, Budget budget, Preferences preferences,
    Optional<String> tenant, LocalDate startDate) {
  public PlanRequest {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(startDate, "startDate");
  }
}
