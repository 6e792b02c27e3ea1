package io.credpath.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An admissible upper bound on the importance a subtree can cover within the remaining budget: what is covered
 * already plus a fractional knapsack over the open undecided items, each weighing its cheapest share of a
 * usable cover (cost, resp. hours, divided by the open items that cover closes). The shares of the items a
 * completion closes never sum to more than what it adds, so the knapsack never undercounts.
 */
final class CoverageBound {
  private final SearchProblem p;
  private final long covered;
  private final long decided;
  private final IntPredicate usable;
  private final long costLeft;
  private final long hoursLeft;

  CoverageBound(SearchProblem p, long covered, long decided, IntPredicate usable, long costLeft, long hoursLeft) {
    this.p = p;
    this.covered = covered;
    this.decided = decided;
    this.usable = usable;
    this.costLeft = costLeft;
    this.hoursLeft = hoursLeft;
  }

  long value() {
    long have = 0;
    for (long m = p.coverable & covered; m != 0; m &= m - 1) have += p.importance[Long.numberOfTrailingZeros(m)];
    long open = p.coverable & ~covered & ~decided;
    if (open == 0) return have;
    double byCost = knapsack(open, p.cost, costLeft);
    double byHours = knapsack(open, p.hours, hoursLeft);
    return have + (long) Math.floor(Math.min(byCost, byHours) + 1e-6);
  }

  private double knapsack(long open, long[] metric, long capacity) {
    record Item(double share, long importance) {}
    List<Item> items = new ArrayList<>();
    double total = 0;
    for (long m = open; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      double share = Double.MAX_VALUE;
      for (int j : p.coverers[g]) {
        if (!usable.test(j)) continue;
        share = Math.min(share, (double) metric[j] / Long.bitCount(p.covers[j] & open));
      }
      if (share == Double.MAX_VALUE) continue;
      items.add(new Item(share, p.importance[g]));
      total += share;
    }
    double value = 0;
    if (total <= capacity) {
      for (Item i : items) value += i.importance();
      return value;
    }
    items.sort((a, b) -> Double.compare(a.share() * b.importance(), b.share() * a.importance()));
    double left = capacity;
    for (Item i : items) {
      if (i.share() <= left) {
        value += i.importance();
        left -= i.share();
      } else {
        value += i.importance() * left / i.share();
        break;
      }
    }
    return value;
  }
}
