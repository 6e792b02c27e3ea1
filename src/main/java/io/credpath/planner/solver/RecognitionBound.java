package io.credpath.planner.solver;

import java.util.function.IntPredicate;

/**
 * An admissible upper bound on the recognition a subtree can still add within the hours (resp. cost) left: the
 * LP relaxation of a multiple-choice knapsack with one class per undecided item, whose options are its usable
 * covers heavier than its current weight, each gaining the weight above it and using its hours divided by the
 * undecided items it covers. A credential is the best cover of at most that many undecided items, so the
 * shares of what a completion adds never exceed its hours; the relaxation solved over each class's convex
 * hull (slopes taken greedily) never undercounts. Also bounds the cost of keeping up with an incumbent.
 */
final class RecognitionBound {
  private final SearchProblem p;
  private final int[][] byWeight;
  private final long undecided;
  private final long[] current;
  private final IntPredicate usable;

  private final double[] use;
  private final double[] got;
  private final double[] stepUse;
  private final double[] stepGain;

  RecognitionBound(SearchProblem p, int[][] byWeight, long undecided, long[] current, IntPredicate usable) {
    this.p = p;
    this.byWeight = byWeight;
    this.undecided = undecided;
    this.current = current;
    this.usable = usable;
    int most = 1;
    for (int[] covers : byWeight) most = Math.max(most, covers.length);
    use = new double[most];
    got = new double[most];
    stepUse = new double[most * Long.bitCount(undecided) + 1];
    stepGain = new double[stepUse.length];
  }

  /** The most recognition the undecided items can gain using at most {@code capacity} of {@code metric}. */
  double gain(long[] metric, long capacity) {
    int steps = 0;
    for (long m = undecided; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      int k = 0;
      for (int j : byWeight[g]) {
        if (p.weight[j] <= current[g]) break;
        if (!usable.test(j) || k == use.length) continue;
        use[k] = (double) metric[j] / Long.bitCount(p.covers[j] & undecided);
        got[k++] = p.weight[j] - current[g];
      }
      steps = hull(k, steps);
    }
    double left = capacity;
    double value = 0;
    for (int i = 0; i < steps; i++) {
      if (stepUse[i] <= left) {
        value += stepGain[i];
        left -= stepUse[i];
      } else {
        value += stepGain[i] * left / stepUse[i];
        break;
      }
    }
    return value;
  }

  /**
   * Appends the increments of the upper convex hull of (0, 0) and the class's k options (use, got) to the
   * steps, keeping all steps sorted by gain per use (best first); returns the new step count.
   */
  private int hull(int k, int steps) {
    double atUse = 0;
    double atGain = 0;
    while (steps < stepUse.length) {
      int next = -1;
      double bestSlope = 0;
      for (int i = 0; i < k; i++) {
        if (got[i] <= atGain) continue;
        double du = use[i] - atUse;
        double slope = du <= 0 ? Double.POSITIVE_INFINITY : (got[i] - atGain) / du;
        if (next < 0 || slope > bestSlope || (slope == bestSlope && got[i] > got[next])) {
          next = i;
          bestSlope = slope;
        }
      }
      if (next < 0) return steps;
      double du = Math.max(0, use[next] - atUse);
      double dg = got[next] - atGain;
      int at = steps++;
      while (at > 0 && stepGain[at - 1] * du < dg * stepUse[at - 1]) {
        stepUse[at] = stepUse[at - 1];
        stepGain[at] = stepGain[at - 1];
        at--;
      }
      stepUse[at] = du;
      stepGain[at] = dg;
      atUse = Math.max(atUse, use[next]);
      atGain = got[next];
    }
    throw new IllegalStateException("more hull steps than options");
  }

  /**
   * A lower bound on the cost still needed to score at least the incumbent: with {@code slack} = upper bound -
   * incumbent, every item must end with weight at least its potential - slack, so each item below that needs a
   * usable cover that heavy; bounded like {@link CostBound} over those covers only.
   */
  long costToKeep(long[] potential, long slack, int[][] hits, IntPredicate taken, CostBound.Scratch scratch) {
    long needy = 0;
    for (long m = undecided; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      if (current[g] < potential[g] - slack) needy |= 1L << g;
    }
    long single = 0;
    double shares = 0;
    for (long m = needy; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      long need = potential[g] - slack;
      long cheapest = Long.MAX_VALUE / 4;
      double share = Double.MAX_VALUE;
      for (int j : byWeight[g]) {
        if (p.weight[j] < need) break;
        if (!usable.test(j)) continue;
        cheapest = Math.min(cheapest, p.cost[j]);
        share = Math.min(share, (double) p.cost[j] / Long.bitCount(p.covers[j] & needy));
      }
      single = Math.max(single, cheapest);
      shares += share;
    }
    long bound = Math.max(single, (long) Math.ceil(Math.min(shares, Long.MAX_VALUE / 4) - 1e-6));
    if (needy == 0 || bound >= Long.MAX_VALUE / 4) return bound;
    long dual = new CostBound(p, needy, usable, hits, taken,
        (j, g) -> p.weight[j] >= potential[g] - slack, scratch).dualAscent();
    return dual < 0 ? Long.MAX_VALUE / 4 : Math.max(bound, dual);
  }
}
