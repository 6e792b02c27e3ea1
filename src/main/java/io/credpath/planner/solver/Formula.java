package io.credpath.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prerequisite compiled over candidate indices: a constant, a candidate, or a k-of-n gate (AND is n-of-n,
 * OR is 1-of-n). Held credentials, held skill levels and experience compile to constants; a skill level
 * becomes an OR over the candidates that teach it.
 */
public sealed interface Formula permits Formula.Const, Formula.Var, Formula.KOfN {
  /** A time later than any schedule: "never". */
  int NEVER = 1 << 29;
  Formula TRUE = new Const(true);
  Formula FALSE = new Const(false);

  /** Always or never satisfied. */
  record Const(boolean value) implements Formula {}

  /** Satisfied once candidate {@code index} is finished. */
  record Var(int index) implements Formula {}

  /** Satisfied once {@code k} of the parts are. */
  record KOfN(int k, Formula[] parts) implements Formula {}

  /** A simplified k-of-n gate: constants folded, singletons unwrapped. */
  static Formula atLeast(int k, List<Formula> parts) {
    List<Formula> open = new ArrayList<>();
    int need = k;
    for (Formula f : parts) {
      if (f == TRUE || (f instanceof Const c && c.value())) need--;
      else if (!(f instanceof Const)) open.add(f);
    }
    if (need <= 0) return TRUE;
    if (need > open.size()) return FALSE;
    if (open.size() == 1) return open.get(0);
    return new KOfN(need, open.toArray(new Formula[0]));
  }

  /**
   * The earliest week-end by which this holds when candidate i is finished at {@code finish[i]} ({@link #NEVER}
   * when not chosen); 0 when it holds from the start.
   */
  default int time(int[] finish) {
    if (this instanceof Const c) return c.value() ? 0 : NEVER;
    if (this instanceof Var v) return finish[v.index()];
    KOfN g = (KOfN) this;
    Formula[] parts = g.parts();
    if (g.k() == 1) {
      int best = NEVER;
      for (Formula p : parts) best = Math.min(best, p.time(finish));
      return best;
    }
    if (g.k() == parts.length) {
      int worst = 0;
      for (Formula p : parts) worst = Math.max(worst, p.time(finish));
      return worst;
    }
    int[] times = new int[parts.length];
    for (int i = 0; i < parts.length; i++) times[i] = parts[i].time(finish);
    Arrays.sort(times);
    return times[g.k() - 1];
  }

  /**
   * The earliest-finish schedule of the candidates {@code taken[0..count)}, each {@link #NEVER} in {@code finish} on
   * entry: a candidate finishes {@code weeks} after its prerequisite {@code requires} holds, relaxed until nothing moves,
   * so one whose prerequisite never holds among them stays {@link #NEVER}. The one such loop: over every candidate for
   * the search's earliest weeks, over a chosen set for a pathway's length.
   */
  static void settleFinish(Formula[] requires, int[] weeks, int[] taken, int count, int[] finish) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int s = 0; s < count; s++) {
        int c = taken[s];
        int t = requires[c].time(finish);
        if (t < NEVER && t + weeks[c] < finish[c]) {
          finish[c] = t + weeks[c];
          changed = true;
        }
      }
    }
  }

  /** Each candidate's earliest finish week when every candidate may be taken; {@link #NEVER} if never. */
  static int[] earliestFinish(Formula[] requires, int[] weeks) {
    int[] all = new int[requires.length];
    for (int i = 0; i < all.length; i++) all[i] = i;
    int[] finish = new int[requires.length];
    Arrays.fill(finish, NEVER);
    settleFinish(requires, weeks, all, all.length, finish);
    return finish;
  }

  /** Every candidate index this formula mentions, added to {@code out}. */
  default void collect(List<Integer> out) {
    if (this instanceof Var v) out.add(v.index());
    else if (this instanceof KOfN g) for (Formula p : g.parts()) p.collect(out);
  }
}
