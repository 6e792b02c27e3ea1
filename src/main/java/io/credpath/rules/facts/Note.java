package io.credpath.rules.facts;

import java.util.Objects;

/** What the learner should know about the move as a whole, not about one pathway (how people get in, what no course replaces). */
public record Note(String subject, String rule, String reason) implements Derived {
  public Note {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
