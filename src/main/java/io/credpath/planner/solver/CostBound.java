package io.credpath.planner.solver;

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
  private final int[][] hits;
  private final IntPredicate taken;
  private final Eligible eligible;
  private final Scratch scratch;

  /** Working arrays reused across nodes (one per search, never shared between threads). */
  record Scratch(long[] residual, long[] load) {
    Scratch(int n) {
      this(new long[n], new long[n]);
    }
  }

  /** Whether candidate j may close item g (for instance: is heavy enough for it). */
  interface Eligible {
    boolean test(int j, int g);
  }

  /** {@code hits[j]} is a hitting set of j's prerequisite ({@link ProblemOrders#prerequisiteHits}); {@code taken} says what is chosen. */
  CostBound(SearchProblem p, long open, IntToLongFunction cheapestCover, IntPredicate usable, int[][] hits, IntPredicate taken,
      Scratch scratch) {
    this.p = p;
    this.open = open;
    this.cheapestCover = cheapestCover;
    this.usable = usable;
    this.hits = hits;
    this.taken = taken;
    this.eligible = (j, g) -> true;
    this.scratch = scratch;
  }

  /** A bound where item g may only be closed by the usable covers {@code eligible} accepts for it. */
  CostBound(SearchProblem p, long open, IntPredicate usable, int[][] hits, IntPredicate taken, Eligible eligible, Scratch scratch) {
    this.p = p;
    this.open = open;
    this.cheapestCover = g -> {
      for (int j : p.coverers[g]) if (eligible.test(j, g) && usable.test(j)) return p.cost[j];
      return Long.MAX_VALUE / 4;
    };
    this.usable = usable;
    this.hits = hits;
    this.taken = taken;
    this.eligible = eligible;
    this.scratch = scratch;
  }

  /** The bound; the costlier dual-ascent bound is tried only when the cheap ones stay below {@code enough}. */
  long value(long enough) {
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
    long bound = Math.max(single, (long) Math.ceil(shares - 1e-6));
    return bound >= enough ? bound : Math.max(bound, dualAscent());
  }

  /**
   * A feasible dual of the set-cover LP, strengthened by the prerequisite rows x_j <= sum of x_P over a hitting
   * set H_j of j's prerequisite, built greedily: each open item in turn (those whose cheapest usable cover costs
   * most first) raises its price to the most every usable cover can absorb (its residual cost plus, through its
   * prerequisite row, the least residual in H_j), and charges it. If some provider would be overcharged the item
   * falls back to the plain residuals. No column's reduced cost goes negative, so any solution of the subtree
   * costs at least the sum of the prices.
   */
  long dualAscent() {
    int count = Long.bitCount(open);
    long[] order = new long[count];
    int k = 0;
    for (long m = open; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      order[k++] = (-cheapestCover.applyAsLong(g) << 6) | g;
    }
    java.util.Arrays.sort(order);
    long[] residual = scratch.residual();
    java.util.Arrays.fill(residual, Long.MIN_VALUE);
    long[] load = scratch.load();
    long sum = 0;
    for (long key : order) {
      int g = (int) (key & 63);
      long plain = Long.MAX_VALUE;
      long price = Long.MAX_VALUE;
      for (int j : p.coverers[g]) {
        if (!eligible.test(j, g)) continue;
        long r = residual(residual, j);
        if (r < 0) continue;
        plain = Math.min(plain, r);
        price = Math.min(price, r + transferable(residual, j));
      }
      if (plain == Long.MAX_VALUE) return -1;
      if (price != plain && !charge(residual, load, g, price, true)) price = plain;
      charge(residual, load, g, price, false);
      sum += price;
    }
    return sum;
  }

  /** The residual of usable candidate j (its cost until charged), or -1 when it is not usable. */
  private long residual(long[] residual, int j) {
    if (residual[j] == Long.MIN_VALUE) residual[j] = usable.test(j) ? p.cost[j] : -1;
    return residual[j];
  }

  /** What j's prerequisite row can move onto its providers: their least residual, 0 when the row may be slack. */
  private long transferable(long[] residual, int j) {
    int[] h = hits[j];
    if (h.length == 0) return 0;
    long least = Long.MAX_VALUE;
    for (int q : h) {
      if (taken.test(q)) return 0;
      long r = residual(residual, q);
      if (r >= 0) least = Math.min(least, r);
    }
    return least == Long.MAX_VALUE ? 0 : least;
  }

  /** Charges {@code price} for item g to its usable covers, the excess to their providers; with dryRun only checks. */
  private boolean charge(long[] residual, long[] load, int g, long price, boolean dryRun) {
    for (int j : p.coverers[g]) {
      long r = residual[j];
      if (r < 0 || !eligible.test(j, g)) continue;
      long direct = Math.min(price, r);
      long rest = price - direct;
      if (dryRun) load[j] += direct;
      else residual[j] -= direct;
      if (rest == 0) continue;
      for (int q : hits[j]) {
        if (residual[q] < 0) continue;
        if (dryRun) load[q] += rest;
        else residual[q] -= rest;
      }
    }
    if (!dryRun) return true;
    boolean ok = true;
    for (int j : p.coverers[g]) {
      if (!eligible.test(j, g)) continue;
      ok &= settle(residual, load, j);
      for (int q : hits[j]) ok &= settle(residual, load, q);
    }
    return ok;
  }

  private static boolean settle(long[] residual, long[] load, int j) {
    boolean ok = residual[j] < 0 || load[j] <= residual[j];
    load[j] = 0;
    return ok;
  }
}
