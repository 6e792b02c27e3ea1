package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import java.util.ArrayList;
import io.credpath.catalog.SkillLevel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes candidates another candidate dominates, which never changes an optimum. A dominates B when A
 * closes every need B closes and teaches every skill level B teaches that any candidate's prerequisites ask
 * for, costs no more, takes no more hours and no more minimum weeks, is recognised at least as well, and its
 * prerequisites are none or exactly B's; and B is not named by any candidate's prerequisites. Swapping B for A
 * in any pathway then keeps it valid and no worse in cost, hours, weeks, recognition or coverage. Exact ties
 * keep the earlier candidate.
 *
 * <p>Policy beside the exact test: A, strictly better recognised and otherwise dominating B, also stands in for B when it
 * costs at most {@code premium(cost of B)} more ({@link NeedPolicy#premiumOver}; zero keeps every optimum exact).
 */
final class DominanceFilter {
  private final List<Credential> list;
  private final long[] needs;
  private final Holdings held;
  private final Map<String, Double> weights;
  private final int[][] conflicts;
  private final java.util.function.DoubleUnaryOperator premium;
  /** For each candidate that stood in for a cheaper one closing exactly the same needs, the cheapest such. */
  private final Map<String, Credential> stoodInFor = new HashMap<>();

  /**
   * {@code needs[i]} is the mask of needs {@code list.get(i)} closes; {@code conflicts[i]} its alternatives, which a
   * pathway never holds beside it (see {@link CandidateProblem#alternatives}): A dominates B only when every alternative of
   * A other than B is also one of B's, since A could otherwise be shut out where B is not.
   */
  DominanceFilter(List<Credential> list, long[] needs, Holdings held, Map<String, Double> weights, int[][] conflicts,
      java.util.function.DoubleUnaryOperator premium) {
    this.premium = premium;
    this.list = list;
    this.needs = needs;
    this.held = held;
    this.weights = weights;
    this.conflicts = conflicts;
  }

  /** The candidates no other candidate dominates, in their original order. */
  List<Credential> survivors() {
    Map<String, Map<Integer, Integer>> needs = new HashMap<>();
    int[] count = {64};
    Set<String> named = new HashSet<>();
    for (Credential c : list) {
      c.requires().ifPresent(r -> r.forEachLeaf(leaf -> {
        if (leaf instanceof Requirement.HasCredential hc) named.add(hc.credential());
        if (leaf instanceof Requirement.HasSkill hs && held.levelFor(hs.skill()) < hs.level()) {
          need(needs, count, hs.skill(), hs.level());
        }
      }));
    }
    int n = list.size();
    int words = (count[0] + 63) / 64;
    long[][] teaches = new long[n][words];
    Figures f = new Figures(n);
    Map<Requirement, Integer> requirementIds = new HashMap<>();
    Integer[] byCost = new Integer[n];
    for (int i = 0; i < n; i++) {
      Credential c = list.get(i);
      f.cost[i] = c.cost().total();
      f.hours[i] = c.hours();
      f.weeks[i] = Math.max(1, c.minWeeks());
      f.weight[i] = weights.getOrDefault(c.id(), 1.0);
      f.requires[i] = c.requires().isPresent() ? requirementIds.computeIfAbsent(c.requires().get(), k -> requirementIds.size()) : -1;
      f.named[i] = named.contains(c.id());
      byCost[i] = i;
      long[] row = teaches[i];
      row[0] = this.needs[i];
      for (io.credpath.catalog.TaughtSkill s : c.skills()) {
        if (!s.basis().strong()) continue;
        Map<Integer, Integer> levels = needs.get(s.skill());
        if (levels == null) continue;
        levels.forEach((level, bit) -> {
          if (s.level() >= level) row[bit >>> 6] |= 1L << (bit & 63);
        });
      }
    }
    double[] cost = f.cost;
    java.util.Arrays.sort(byCost, java.util.Comparator.comparingDouble(i -> cost[i]));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = byCost[i];
    boolean[] dominated = new boolean[n];
    for (int bi = 0; bi < n; bi++) {
      int b = order[bi];
      if (f.named[b]) continue;
      double more = Math.max(0, premium.applyAsDouble(cost[b]));
      for (int ai = 0; ai < n && !dominated[b]; ai++) {
        int a = order[ai];
        if (cost[a] > cost[b] + more) break;
        if (a == b || !noNewAlternatives(a, b)) continue;
        dominated[b] = cost[a] <= cost[b] ? dominates(a, b, f, teaches)
            : f.weight[a] > f.weight[b] && dominates(a, b, f, teaches);
        if (dominated[b] && cost[a] > cost[b] && this.needs[a] == this.needs[b]) stoodInFor.putIfAbsent(list.get(a).id(), list.get(b));
      }
    }
    List<Credential> out = new ArrayList<>();
    for (int i = 0; i < n; i++) if (!dominated[i]) out.add(list.get(i));
    return out;
  }

  /**
   * After {@link #survivors}: for each survivor that stood in for a cheaper candidate closing exactly the same needs
   * (within the premium), the cheapest such: what the learner would take instead, for the reasons.
   */
  Map<String, Credential> stoodInFor() {
    return Map.copyOf(stoodInFor);
  }

  /** Whether every alternative of {@code a} other than {@code b} is one of {@code b}'s. */
  private boolean noNewAlternatives(int a, int b) {
    outer:
    for (int k : conflicts[a]) {
      if (k == b) continue;
      for (int m : conflicts[b]) if (m == k) continue outer;
      return false;
    }
    return true;
  }

  /** Per-candidate figures the pairwise test reads, computed once (requirements as ids of equal expressions, -1 for none). */
  private static final class Figures {
    final double[] cost;
    final double[] hours;
    final int[] weeks;
    final double[] weight;
    final int[] requires;
    final boolean[] named;

    Figures(int n) {
      cost = new double[n];
      hours = new double[n];
      weeks = new int[n];
      weight = new double[n];
      requires = new int[n];
      named = new boolean[n];
    }
  }

  private static void need(Map<String, Map<Integer, Integer>> needs, int[] count, String skill, int level) {
    Map<Integer, Integer> levels = needs.computeIfAbsent(skill, k -> new HashMap<>());
    if (!levels.containsKey(level)) levels.put(level, count[0]++);
  }

  private static boolean dominates(int a, int b, Figures f, long[][] teaches) {
    if (f.hours[a] > f.hours[b] || f.weeks[a] > f.weeks[b] || f.weight[a] < f.weight[b]) return false;
    if (f.requires[a] >= 0 && f.requires[a] != f.requires[b]) return false;
    long[] ta = teaches[a];
    long[] tb = teaches[b];
    boolean superset = false;
    for (int w = 0; w < ta.length; w++) {
      if ((tb[w] & ~ta[w]) != 0) return false;
      superset |= ta[w] != tb[w];
    }
    boolean strictly = f.cost[a] < f.cost[b] || f.hours[a] < f.hours[b] || f.weeks[a] < f.weeks[b] || f.weight[a] > f.weight[b]
        || superset || (f.requires[a] < 0 && f.requires[b] >= 0);
    return strictly || a < b;
  }
}
