package io.credpath.planner;

import java.util.Arrays;
import java.util.Comparator;

/** Orderings of a problem's candidates the search branches in: cheapest first, or best recognised first. */
final class ProblemOrders {
  private ProblemOrders() {}

  /** rank[i] = position of candidate i when sorted by cost, then hours, then index. */
  static int[] costRank(SearchProblem p) {
    Integer[] order = new Integer[p.n];
    for (int i = 0; i < p.n; i++) order[i] = i;
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> p.cost[i]).thenComparingLong(i -> p.hours[i]).thenComparingInt(i -> i));
    int[] rank = new int[p.n];
    for (int r = 0; r < p.n; r++) rank[order[r]] = r;
    return rank;
  }

  /** Each gap item's covers sorted by recognition weight (highest first), then cost, then hours. */
  static int[][] coverersByWeight(SearchProblem p) {
    int[][] out = new int[p.coverers.length][];
    for (int g = 0; g < out.length; g++) {
      out[g] = Arrays.stream(p.coverers[g]).boxed()
          .sorted(Comparator.<Integer>comparingLong(i -> -p.weight[i]).thenComparingLong(i -> p.cost[i])
              .thenComparingLong(i -> p.hours[i]).thenComparingInt(i -> i))
          .mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
