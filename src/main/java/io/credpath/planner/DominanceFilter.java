package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (PlanResult.GapItem g : items) needs.putIfAbsent(g.skill() + "@" + g.requiredLevel(), needs.size());
    Set<String> named = new HashSet<>();
    for (Credential c : list) {
      c.requires().ifPresent(r -> r.forEachLeaf(leaf -> {
        if (leaf instanceof Requirement.HasCredential hc) named.add(hc.credential());
        if (leaf instanceof Requirement.HasSkill hs && held.skills().getOrDefault(hs.skill(), 0) < hs.level()) {
          needs.putIfAbsent(hs.skill() + "@" + hs.level(), needs.size());
        }
      }));
    }
    int n = list.size();
    BitSet[] teaches = new BitSet[n];
    for (int i = 0; i < n; i++) {
      teaches[i] = new BitSet(needs.size());
      for (Map.Entry<String, Integer> e : needs.entrySet()) {
        int at = e.getKey().lastIndexOf('@');
        if (list.get(i).levelOf(e.getKey().substring(0, at)) >= Integer.parseInt(e.getKey().substring(at + 1))) {
          teaches[i].set(e.getValue());
        }
      }
    }
    List<Credential> out = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      boolean dominated = false;
      if (!named.contains(list.get(b).id())) {
        for (int a = 0; a < n && !dominated; a++) dominated = a != b && dominates(a, b, teaches);
      }
      if (!dominated) out.add(list.get(b));
    }
    return out;
  }

  private boolean dominates(int ai, int bi, BitSet[] teaches) {
    Credential a = list.get(ai);
    Credential b = list.get(bi);
    double ca = a.cost().total();
    double cb = b.cost().total();
    if (ca > cb || a.hours() > b.hours()) return false;
    int wa = Math.max(1, a.minWeeks());
    int wb = Math.max(1, b.minWeeks());
    double ra = weights.getOrDefault(a.id(), 1.0);
    double rb = weights.getOrDefault(b.id(), 1.0);
    if (wa > wb || ra < rb) return false;
    if (a.requires().isPresent() && !a.requires().equals(b.requires())) return false;
    BitSet missing = (BitSet) teaches[bi].clone();
    missing.andNot(teaches[ai]);
    if (!missing.isEmpty()) return false;
    boolean strictly = ca < cb || a.hours() < b.hours() || wa < wb || ra > rb || !teaches[ai].equals(teaches[bi])
        || (a.requires().isEmpty() && b.requires().isPresent());
    return strictly || ai < bi;
  }
}
