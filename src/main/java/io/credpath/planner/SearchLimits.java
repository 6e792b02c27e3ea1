package io.credpath.planner;

/**
 * Bounds on the planner's search.
 *
 * <p>{@code candidatesPerSkill} is a candidate-set heuristic applied before the rules run: for each needed
 * skill (and each skill-level prerequisite) only the union of the K cheapest, K shortest (hours), K quickest
 * (minimum weeks) and K best recognised teachers (by the rules' standing of each credential in its own field,
 * {@link PathwayRules#standing}) enter the candidate set; 0 keeps all of them.
 * Exact dominance pruning runs afterwards and never loses an optimum, so {@code optimal} means optimal over
 * the candidate set this heuristic leaves. {@code searchNodes} caps the branch-and-bound work of one request,
 * counted in nodes, not time, so answers do not depend on the machine's load; when it runs out the best pathways
 * found so far are returned with {@code optimal: false}.
 */
public record SearchLimits(int candidatesPerSkill, long searchNodes) {
  public SearchLimits {
    if (candidatesPerSkill < 0) throw new IllegalArgumentException("candidatesPerSkill must not be negative: " + candidatesPerSkill);
    if (searchNodes < 1) throw new IllegalArgumentException("searchNodes must be positive: " + searchNodes);
  }

  /** 20 candidates per skill and criterion, two million search nodes per request. */
  public static SearchLimits defaults() {
    return new SearchLimits(20, 2_000_000);
  }
}
