package io.credpath.planner;

import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * An admissible lower bound on the cost still needed to cover the open gap items: the larger of the most
 * expensive cheapest cover of any open item, and the fractional set-cover bound (a credential's cost shared
 * equally among the open items it covers; each open item pays its cheapest share). -1 when an open item has
 * no usable cover at all.
 */
final class CostBound {
  private final SearchProblem p;
  private final long open;
  private final IntToLongFunction cheapestCover;
  private final IntPredicate usable;

  CostBound(SearchProblem p, long open, IntToLongFunction cheapestCover, IntPredicate usable) {
    this.p = p;
    this.open = open;
    this.cheapestCover = cheapestCover;
    this.usable = usable;
  }

  long value() {
    long single = 0;
    double shares = 0;
    int openCount = Long.bitCount(open);
    for (long m = open; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      long cheapest = cheapestCover.applyAsLong(g);
      if (cheapest < 0) return -1;
      single = Math.max(single, cheapest);
      double share = Double.MAX_VALUE;
      for (int j : p.coverers[g]) {
        if ((double) p.cost[j] / openCount >= share) break;
        if (!usable.test(j)) continue;
        share = Math.min(share, (double) p.cost[j] / Long.bitCount(p.covers[j] & open));
      }
      shares += share;
    }
    return Math.max(single, (long) Math.ceil(shares - 1e-6));
  }
}
