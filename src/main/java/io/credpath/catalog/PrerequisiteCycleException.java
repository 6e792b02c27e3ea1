package io.credpath.catalog;

import java.util.List;

/** Credentials require each other in a loop, so none of them could ever be earned; names the loop in order. */
public class PrerequisiteCycleException extends TaxonomyException {
  private final List<String> cycle;

  /** A cycle such as {@code [x:a, x:c, x:b, x:a]}: x:a requires x:c, which requires x:b, which requires x:a. */
  public PrerequisiteCycleException(List<String> cycle) {
    super(List.of(problem(cycle, 0)));
    this.cycle = List.copyOf(cycle);
  }

  /** The problem reported for a cycle found in {@code credentials.jsonl} at {@code line} (0 when unknown). */
  public static Problem problem(List<String> cycle, int line) {
    return new Problem("credentials.jsonl", line, cycle.get(0), "", "prerequisite cycle " + String.join(" -> ", cycle));
  }

  /** The credential ids of the loop, first id repeated at the end. */
  public List<String> cycle() { return cycle; }
}
