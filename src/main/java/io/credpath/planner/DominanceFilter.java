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
 * teaches every needed skill level B teaches (gap items and skill levels any candidate's prerequisites ask
 * for), costs no more, takes no more hours and no more minimum weeks, is recognised at least as well, and its
 * prerequisites are none or exactly B's; and B is not named by any candidate's prerequisites. Swapping B for A
 * in any pathway then keeps it valid and no worse in cost, hours, weeks, recognition or coverage. Exact ties
 * keep the earlier candidate.
 */
final class DominanceFilter {
  private final List<Credential> list;
  private final List<PlanResult.GapItem> items;
  private final Holdings held;
  private final Map<String, Double> weights;

  DominanceFilter(List<Credential> list, List<PlanResult.GapItem> items, Holdings held, Map<String, Double> weights) {
    this.list = list;
    this.items = items;
    this.held = held;
    this.weights = weights;
  }

  /** The candidates no other candidate dominates, in their original order. */
  List<Credential> survivors() {
    Map<String, Map<Integer, Integer>> needs = new HashMap<>();
    int[] count = {0};
    for (PlanResult.GapItem g : items) need(needs, count, g.skill(), g.requiredLevel());
    Set<String> named = new HashSet<>();
    for (Credential c : list) {
      c.requires().ifPresent(r -> r.forEachLeaf(leaf -> {
        if (leaf instanceof Requirement.HasCredential hc) named.add(hc.credential());
        if (leaf instanceof Requirement.HasSkill hs && held.skills().getOrDefault(hs.skill(), 0) < hs.level()) {
          need(needs, count, hs.skill(), hs.level());
        }
      }));
    }
    int n = list.size();
    int words = (count[0] + 63) / 64;
    long[][] teaches = new long[n][words];
    double[] cost = new double[n];
    Integer[] byCost = new Integer[n];
    for (int i = 0; i < n; i++) {
      Credential c = list.get(i);
      cost[i] = c.cost().total();
      byCost[i] = i;
      long[] row = teaches[i];
      for (SkillLevel s : c.skills()) {
        Map<Integer, Integer> levels = needs.get(s.skill());
        if (levels == null) continue;
        levels.forEach((level, bit) -> {
          if (s.level() >= level) row[bit >>> 6] |= 1L << (bit & 63);
        });
      }
    }
    java.util.Arrays.sort(byCost, java.util.Comparator.comparingDouble(i -> cost[i]));
    boolean[] dominated = new boolean[n];
    for (int bi = 0; bi < n; bi++) {
      int b = byCost[bi];
      if (named.contains(list.get(b).id())) continue;
      for (int ai = 0; ai < n && !dominated[b]; ai++) {
        int a = byCost[ai];
        if (cost[a] > cost[b]) break;
        dominated[b] = a != b && dominates(a, b, cost, teaches);
      }
    }
    List<Credential> out = new ArrayList<>();
    for (int i = 0; i < n; i++) if (!dominated[i]) out.add(list.get(i));
    return out;
  }

  private static void need(Map<String, Map<Integer, Integer>> needs, int[] count, String skill, int level) {
    Map<Integer, Integer> levels = needs.computeIfAbsent(skill, k -> new HashMap<>());
    if (!levels.containsKey(level)) levels.put(level, count[0]++);
  }

  private boolean dominates(int ai, int bi, double[] cost, long[][] teaches) {
    Credential a = list.get(ai);
    Credential b = list.get(bi);
    if (a.hours() > b.hours()) return false;
    int wa = Math.max(1, a.minWeeks());
    int wb = Math.max(1, b.minWeeks());
    double ra = weights.getOrDefault(a.id(), 1.0);
    double rb = weights.getOrDefault(b.id(), 1.0);
    if (wa > wb || ra < rb) return false;
    if (a.requires().isPresent() && !a.requires().equals(b.requires())) return false;
    boolean superset = false;
    for (int w = 0; w < teaches[ai].length; w++) {
      if ((teaches[bi][w] & ~teaches[ai][w]) != 0) return false;
      superset |= teaches[ai][w] != teaches[bi][w];
    }
    boolean strictly = cost[ai] < cost[bi] || a.hours() < b.hours() || wa < wb || ra > rb || superset
        || (a.requires().isEmpty() && b.requires().isPresent());
    return strictly || ai < bi;
  }
}
