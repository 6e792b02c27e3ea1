package io.credpath.planner;

import java.util.Objects;

/**
 * A rule threw while planning: the request was fine, the rules need fixing. Names the rule and, when known, where it
 * is declared ({@code rules/advice.drl:12}), and says what it threw.
 */
public class RuleFailedException extends RuntimeException {
  private final String rule;
  private final String location;
  private final String failure;

  /** {@code location} is empty when the declaring file is unknown; {@code failure} is what the rule threw, in one line. */
  public RuleFailedException(String rule, String location, String failure, Throwable cause) {
    super("rule \"" + rule + "\"" + (location.isEmpty() ? "" : " (" + location + ")") + " failed: " + failure, cause);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.location = Objects.requireNonNull(location, "location");
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  /** The rule's name. */
  public String rule() { return rule; }

  /** Where the rule is declared, as {@code file:line}, or empty. */
  public String location() { return location; }

  /** What the rule threw, such as {@code ArithmeticException: / by zero}. */
  public String failure() { return failure; }
}
