package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/** A stack the pathway completes on the way, with the pathway credentials that complete it. */
public record EarnedStack(String stack, String title, List<String> via, String rule, String reason) implements Derived {
  public EarnedStack {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(title, "title");
    via = List.copyOf(via);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
