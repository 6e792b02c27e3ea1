package io.credpath.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prerequisite compiled over candidate indices: a constant, a candidate, or a k-of-n gate (AND is n-of-n,
 * OR is 1-of-n). Held credentials, held skill levels and experience compile to constants; a skill level
 * becomes an OR over the candidates that teach it.
 */
public sealed interface Formula permits Formula.Const, Formula.Var, Formula.Gate {
  /** A time later than any schedule: "never". */
  int NEVER = 1 << 29;
  Formula TRUE = new Const(true);
  Formula FALSE = new Const(false);

  /** Always or never satisfied. */
  record Const(boolean value) implements Formula {}

  /** Satisfied once candidate {@code index} is finished. */
  record Var(int index) implements Formula {}

  /** Satisfied once {@code k} of the parts are. */
  record Gate(int k, Formula[] parts) implements Formula {}

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
    return new Gate(need, open.toArray(new Formula[0]));
  }

  /**
   * The earliest week-end by which this holds when candidate i is finished at {@code finish[i]} ({@link #NEVER}
   * when not chosen); 0 when it holds from the start.
   */
  default int time(int[] finish) {
    if (this instanceof Const c) return c.value() ? 0 : NEVER;
    if (this instanceof Var v) return finish[v.index()];
    Gate g = (Gate) this;
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

  /** Every candidate index this formula mentions, added to {@code out}. */
  default void collect(List<Integer> out) {
    if (this instanceof Var v) out.add(v.index());
    else if (this instanceof Gate g) for (Formula p : g.parts()) p.collect(out);
  }
}
