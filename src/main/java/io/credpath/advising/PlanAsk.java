package io.credpath.advising;

import io.credpath.planner.Preferences;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What an advisor asks a learner's plan for: the target occupation (id or title), preferences, the start date, and the
 * languages the tenant's learners read, used when neither the preferences nor the learner name any.
 */
public record PlanAsk(String target, Preferences preferences, LocalDate startDate, Set<String> tenantLanguages) {
  public PlanAsk {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(startDate, "startDate");
    tenantLanguages = Set.copyOf(tenantLanguages);
  }
}
