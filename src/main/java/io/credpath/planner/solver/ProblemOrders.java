package io.credpath.planner.solver;

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

  /**
   * For each candidate, a set H of candidates every way of meeting its prerequisite uses at least one of (empty
   * when it has none): a var is itself; a k-of-n gate needs one of any n - k + 1 parts, the smallest taken.
   */
  static int[][] prerequisiteHits(SearchProblem p) {
    int[][] out = new int[p.n][];
    for (int j = 0; j < p.n; j++) out[j] = hits(p.requires[j]);
    return out;
  }

  private static int[] hits(Formula f) {
    if (f instanceof Formula.Var v) return new int[] {v.index()};
    if (!(f instanceof Formula.KOfN g)) return new int[0];
    int[][] parts = new int[g.parts().length][];
    for (int i = 0; i < parts.length; i++) parts[i] = hits(g.parts()[i]);
    Arrays.sort(parts, Comparator.comparingInt(a -> a.length));
    for (int[] part : parts) if (part.length == 0) return new int[0];
    return Arrays.stream(parts, 0, parts.length - g.k() + 1).flatMapToInt(Arrays::stream).distinct().toArray();
  }
}
