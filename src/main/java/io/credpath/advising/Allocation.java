package io.credpath.advising;

import java.util.List;

/**
 * The pathways chosen for a cohort under a shared budget: for each member (in the order given) the option taken, or -1
 * for none; their total coverage and cost; whether the search proved it maximal ({@code optimal}) and, either way, an
 * {@code upperBound} no selection's coverage exceeds; the work spent; and, for comparison, the selection made by planning
 * each learner alone and cutting ({@code alone}), which the chosen one never falls below.
 */
public record Allocation(List<Integer> choices, double coverage, double cost, boolean optimal, double upperBound, long work,
    Totals alone) {
  public Allocation {
    choices = List.copyOf(choices);
  }

  /** A selection's choices (-1: none), total coverage, total cost and the learners given a pathway. */
  public record Totals(List<Integer> choices, double coverage, double cost, int learners) {
    public Totals {
      choices = List.copyOf(choices);
    }
  }
}
