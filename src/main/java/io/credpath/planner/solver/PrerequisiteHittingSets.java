package io.credpath.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hitting sets for the search's unmet prerequisites: for a prerequisite and a week t, the candidates to branch on,
 * such that every way of meeting it by week t uses at least one of them. For a k-of-n gate with m parts already met,
 * any completion meets at least k - m of the u live open parts, so it meets one of any u - (k - m) + 1 of them (the
 * ones with the fewest options are taken); a var is its candidate when usable by t.
 */
final class PrerequisiteHittingSets {
  /** Whether candidate j can still be taken (or made due) by week t. */
  interface Usable {
    boolean test(int j, int t);
  }

  private final Usable usable;
  private final int[] rank;
  private final int[] due;

  /** {@code due} is the search's live array of due weeks ({@link Formula#NEVER} for candidates not taken). */
  PrerequisiteHittingSets(Usable usable, int[] rank, int[] due) {
    this.usable = usable;
    this.rank = rank;
    this.due = due;
  }

  /** A hitting set for meeting {@code f} by week t, cheapest first; empty when it cannot be met. */
  int[] toMeet(Formula f, int t) {
    List<Integer> out = new ArrayList<>();
    if (!collect(f, t, out, due)) return new int[0];
    return out.stream().distinct().sorted(Comparator.comparingInt(i -> rank[i])).mapToInt(Integer::intValue).toArray();
  }

  private boolean collect(Formula f, int t, List<Integer> out, int[] dueNow) {
    if (f instanceof Formula.Const c) return c.value();
    if (f instanceof Formula.Var v) {
      if (!usable.test(v.index(), t)) return false;
      out.add(v.index());
      return true;
    }
    Formula.KOfN g = (Formula.KOfN) f;
    int met = 0;
    List<List<Integer>> live = new ArrayList<>();
    for (Formula part : g.parts()) {
      if (part.time(dueNow) <= t) {
        met++;
        continue;
      }
      List<Integer> o = new ArrayList<>();
      if (collect(part, t, o, dueNow)) live.add(o);
    }
    int need = g.k() - met;
    if (need <= 0) return true;
    if (live.size() < need) return false;
    live.sort(Comparator.comparingInt(List::size));
    for (List<Integer> o : live.subList(0, live.size() - need + 1)) out.addAll(o);
    return true;
  }
}
