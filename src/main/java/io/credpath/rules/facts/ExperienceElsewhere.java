package io.credpath.rules.facts;

import java.util.Objects;

/**
 * The learner's years of work do not count toward {@code credential}'s experience requirements: they are in another
 * field. Where the credential also opens after a programme or another credential, the planner then takes that route.
 */
public record ExperienceElsewhere(String credential, String rule, String reason) implements Derived {
  public ExperienceElsewhere {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
