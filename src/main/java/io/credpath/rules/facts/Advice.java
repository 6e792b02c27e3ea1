package io.credpath.rules.facts;

import java.util.Objects;

/**
 * Advice on one pathway, shown in its {@code suggestions}: something the learner could do to get more out of it;
 * {@code subject} is the credential, stack, skill or pathway label it is about.
 */
public record Advice(String subject, String rule, String reason) implements Derived {
  public Advice {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
