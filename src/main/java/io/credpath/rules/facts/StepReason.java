package io.credpath.rules.facts;

import java.util.Objects;

/** Why one step of a pathway is there, for this learner and this target: shown with the step. */
public record StepReason(String credential, String rule, String reason) implements Derived {
  public StepReason {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
