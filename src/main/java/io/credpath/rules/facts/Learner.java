package io.credpath.rules.facts;

import java.util.Objects;
import java.util.Set;

/**
 * The learner: tenant (empty string when none), years of experience, the credential ids already held, and their
 * education as an O*NET category (1-12, 0 when unknown): the one they stated ({@code educationStated}), else the one
 * most workers in their current job name.
 */
public record Learner(String tenant, double experienceYears, Set<String> held, int education, boolean educationStated) {
  public Learner {
    Objects.requireNonNull(tenant, "tenant");
    held = Set.copyOf(held);
  }
}
