package io.credpath.planner;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the planner's search.
 *
 * <p>{@code candidatesPerSkill} is a candidate-set heuristic applied before the rules run: for each needed
 * skill (and each skill-level prerequisite) only the union of the K cheapest, K shortest (hours), K quickest
 * (minimum weeks) and K best statically recognised teachers enter the candidate set; 0 keeps all of them.
 * Exact dominance pruning runs afterwards and never loses an optimum, so {@code optimal} means optimal over
 * the candidate set this heuristic leaves. {@code timeLimit} caps the whole optimisation of one request;
 * when it runs out the best pathways found so far are returned with {@code optimal: false}.
 */
public record SearchLimits(int candidatesPerSkill, Duration timeLimit) {
  public SearchLimits {
    if (candidatesPerSkill < 0) throw new IllegalArgumentException("candidatesPerSkill must not be negative: " + candidatesPerSkill);
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
  }

  /** 20 candidates per skill and criterion, one second per request. */
  public static SearchLimits defaults() {
    return new SearchLimits(20, Duration.ofSeconds(1));
  }
}
