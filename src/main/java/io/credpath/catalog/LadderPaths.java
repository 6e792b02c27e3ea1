package io.credpath.catalog;

import java.util.List;

/**
 * Finds the lightest career ladders over the moves between jobs a caller allows: the planner states what it needs and
 * the occupation graph ({@code io.credpath.graph.OccupationLadders}) answers, with k-shortest paths over JGraphT.
 */
@FunctionalInterface
public interface LadderPaths {
  /** One move a ladder may make, from one occupation (by id) to another, and what it costs (positive). */
  record Move(String from, String to, double weight) {
    public Move {
      if (!(weight > 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("a move's weight must be positive: " + weight);
    }
  }

  /** A ladder: the occupations from start to target, in order, and the sum of its moves' weights. */
  record Ladder(List<String> occupations, double weight) {
    public Ladder {
      occupations = List.copyOf(occupations);
    }
  }

  /**
   * Up to {@code k} ladders from {@code start} to {@code target} through one or two other jobs, lightest first, using
   * {@code moves}; never the direct move, never a job twice.
   */
  List<Ladder> lightest(String start, String target, List<Move> moves, int k);
}
