package io.credpath.rules.facts;

import java.util.Objects;
import java.util.Set;

/** The learner: tenant (empty string when none), years of experience, and the credential ids already held. */
public record Learner(String tenant, double experienceYears, Set<String> held) {
  public Learner {
    Objects.requireNonNull(tenant, "tenant");
    held = Set.copyOf(held);
  }
}
