package io.credpath.rules.facts;

import java.util.Objects;

/** Something the learner could do to get more out of a pathway; {@code subject} is the credential or stack it is about. */
public record Suggestion(String subject, String rule, String reason) implements Derived {
  public Suggestion {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
