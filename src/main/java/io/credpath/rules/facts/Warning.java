package io.credpath.rules.facts;

import java.util.Objects;

/** Something about a pathway the learner should know before committing; {@code subject} is what it is about. */
public record Warning(String subject, String rule, String reason) implements Derived {
  public Warning {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
