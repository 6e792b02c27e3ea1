package io.credpath.planner;

import java.util.Objects;

/** A plain-language explanation and the rule that produced it. */
public record Reason(String rule, String text) {
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }
}
