package io.credpath.planner.solver;

import java.util.Arrays;
import java.util.Optional;

/**
 * Depth-first branch-and-bound over a {@link SearchProblem} for one goal within a horizon (latest finish week).
 *
 * <p>Each node resolves one obligation: an unmet prerequisite of a chosen candidate, or a gap item. An
 * obligation yields an ordered hitting set of candidates (every valid completion uses at least one); branch k
 * takes option k and forbids options 1..k-1 for this obligation's time, so no completion is visited twice.
 * Candidates carry due weeks: a candidate taken for a gap item is due by the horizon, one taken to meet the
 * prerequisite of c is due by due(c) - minWeeks(c); this keeps the search exact under the weeks budget even
 * when a faster alternative prerequisite would help. Bounds: for cost, {@link CostBound} (the best of the most
 * expensive cheapest cover, the fractional share bound and a dual-ascent set-cover bound with prerequisite
 * rows); for recognition, the per-item best weights capped by a knapsack over the hours and cost left
 * ({@link RecognitionBound}); for coverage, {@link CoverageBound}. Ties on the objective need the cost of the
 * items every tying completion must close, and ties on cost an hours lower bound.
 */
final class BranchAndBound {
  /** What to optimise; ties always go to lower cost, then fewer hours. */
  enum Goal { MIN_COST, MAX_RECOGNITION, MAX_COVERAGE }

  private final SearchProblem p;
  private final Goal goal;
  private final int horizon;
  private final int weeksCap;
  private final long hoursCap;
  private final Work work;
  private final boolean[] chosen;
  private final int[] due;
  private final int[] notBefore;
  private final int[] stack;
  private final int[] finish;
  private final int[][] byWeight;
  private final int[] costRank;
  private final int[][] hits;
  private final CostBound.Scratch scratch;
  private final PrerequisiteHittingSets hittingSets;
  private int size;
  private long costSum;
  private long hoursSum;
  private long covered;
  private long decided;
  private Solution best;
  private boolean aborted;
  private long nodes;
  /** How many chosen candidates each candidate is an alternative of: a candidate with any is not taken. */
  private final int[] blocked;

  BranchAndBound(SearchProblem p, Goal goal, int horizon, long hoursCap, Work work) {
    this.p = p;
    this.goal = goal;
    this.horizon = Math.min(horizon, p.latestDue);
    this.weeksCap = horizon;
    this.hoursCap = Math.min(hoursCap, p.maxHours);
    this.work = work;
    chosen = new boolean[p.n];
    blocked = new int[p.n];
    due = new int[p.n];
    Arrays.fill(due, Formula.NEVER);
    notBefore = new int[p.n];
    stack = new int[p.n];
    finish = new int[p.n];
    Arrays.fill(finish, Formula.NEVER);
    costRank = ProblemOrders.costRank(p);
    byWeight = ProblemOrders.coverersByWeight(p);
    hits = ProblemOrders.prerequisiteHits(p);
    scratch = new CostBound.Scratch(p.n);
    hittingSets = new PrerequisiteHittingSets(this::usable, costRank, due);
  }

  /** Searches, and returns the best solution found, if any; {@link #proved()} says whether the search finished. */
  Optional<Solution> findBest() {
    dfs();
    return Optional.ofNullable(best);
  }

  /** Whether the last search explored the whole tree (so its answer is optimal, or infeasibility is proved). */
  boolean proved() {
    return !aborted;
  }

  long nodes() {
    return nodes;
  }

  private boolean usable(int j, int t) {
    if (p.earliest[j] > t || notBefore[j] > t) return false;
    if (chosen[j]) return due[j] > t;
    if (blocked[j] > 0) return false;
    return costSum + p.cost[j] <= p.maxCost && hoursSum + p.hours[j] <= hoursCap;
  }

  private void dfs() {
    nodes++;
    if (!work.spend()) aborted = true;
    if (aborted || !withinBound()) return;
    for (int s = 0; s < size; s++) {
      int c = stack[s];
      int t = due[c] - p.weeks[c];
      if (p.requires[c].time(due) <= t) continue;
      int[] opts = hittingSets.toMeet(p.requires[c], t);
      if (opts.length > 0) branch(opts, t, 0, false);
      return;
    }
    long open = p.coverable & ~covered;
    if (goal == Goal.MIN_COST) {
      if (open == 0) {
        leaf();
        return;
      }
      int g = hardestItem(open);
      branch(liveCoverers(p.coverers[g]), horizon, 0, false);
      return;
    }
    long undecided = p.coverable & ~decided;
    if (undecided == 0) {
      leaf();
      return;
    }
    int g = Long.numberOfTrailingZeros(undecided);
    long bit = 1L << g;
    if (goal == Goal.MAX_RECOGNITION && (undecided & p.scored) != 0) {
      int[] opts = null;
      for (long m = undecided & p.scored; m != 0; m &= m - 1) {
        int h = Long.numberOfTrailingZeros(m);
        int[] o = heavierLive(h);
        if (opts == null || o.length < opts.length) {
          opts = o;
          g = h;
        }
      }
      bit = 1L << g;
      branch(opts, horizon, bit, (covered & bit) != 0);
    } else if ((covered & bit) != 0) {
      decided |= bit;
      dfs();
      decided &= ~bit;
    } else {
      // Coverage may leave a need open; recognition must close its unscored needs too, at any weight.
      branch(liveCoverers(p.coverers[g]), horizon, bit, goal != Goal.MAX_RECOGNITION);
    }
  }

  /** Takes each option in turn (forbidding the earlier ones by time t), then optionally none of them. */
  private void branch(int[] opts, int t, long item, boolean orNone) {
    int[] saved = new int[opts.length];
    int forbidden = 0;
    for (int j : opts) {
      if (usable(j, t)) take(j, t, item);
      saved[forbidden++] = notBefore[j];
      notBefore[j] = Math.max(notBefore[j], t + 1);
      if (aborted) break;
    }
    if (orNone && !aborted) {
      decided |= item;
      dfs();
      decided &= ~item;
    }
    for (int k = forbidden - 1; k >= 0; k--) notBefore[opts[k]] = saved[k];
  }

  private void take(int j, int t, long item) {
    boolean added = !chosen[j];
    int oldDue = due[j];
    long oldCovered = covered;
    long oldDecided = decided;
    if (added) {
      chosen[j] = true;
      stack[size++] = j;
      costSum += p.cost[j];
      hoursSum += p.hours[j];
      covered |= p.covers[j];
      for (int k : p.conflicts[j]) blocked[k]++;
    }
    due[j] = Math.min(oldDue, t);
    decided |= item;
    dfs();
    decided = oldDecided;
    due[j] = oldDue;
    covered = oldCovered;
    if (added) {
      chosen[j] = false;
      size--;
      costSum -= p.cost[j];
      hoursSum -= p.hours[j];
      for (int k : p.conflicts[j]) blocked[k]--;
    }
  }

  /** The usable covers of item g heavier than its current best, heaviest first. */
  private int[] heavierLive(int g) {
    long cur = currentWeight(g);
    int[] out = new int[byWeight[g].length];
    int m = 0;
    for (int j : byWeight[g]) {
      if (p.weight[j] <= cur) break;
      if (usable(j, horizon)) out[m++] = j;
    }
    return Arrays.copyOf(out, m);
  }

  private int[] liveCoverers(int[] order) {
    int[] out = new int[order.length];
    int m = 0;
    for (int j : order) if (usable(j, horizon)) out[m++] = j;
    return Arrays.copyOf(out, m);
  }

  private int firstLive(int[] order) {
    for (int j : order) if (usable(j, horizon)) return j;
    return -1;
  }

  /** The open item whose cheapest usable cover costs most (ties: fewer covers). */
  private int hardestItem(long open) {
    int bestItem = Long.numberOfTrailingZeros(open);
    long bestCost = -1;
    for (long m = open; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      int j = firstLive(p.coverers[g]);
      long c = j < 0 ? Long.MAX_VALUE : p.cost[j];
      if (c > bestCost) {
        bestCost = c;
        bestItem = g;
      }
    }
    return bestItem;
  }

  private long currentWeight(int g) {
    long w = 0;
    for (int s = 0; s < size; s++) if ((p.covers[stack[s]] & (1L << g)) != 0) w = Math.max(w, p.weight[stack[s]]);
    return w;
  }

  /** Whether the subtree below this node may still hold a solution better than the best found, by the goal's bound. */
  private boolean withinBound() {
    return switch (goal) {
      case MIN_COST -> cheaperWithin();
      case MAX_RECOGNITION -> betterRecognisedWithin();
      case MAX_COVERAGE -> moreCoverageWithin();
    };
  }

  /**
   * MIN_COST: the cost so far plus a lower bound on closing the open items (the dual-ascent bound is tried until it
   * reaches the incumbent's cost, or the budget) must fit the budget and beat the incumbent on cost, then hours.
   */
  private boolean cheaperWithin() {
    long costLb = costToClose(best == null ? p.maxCost - costSum + 1 : best.costCents() - costSum + 1);
    if (costLb < 0 || costLb > p.maxCost) return false;
    return best == null || beatsOnCostThenHours(costLb);
  }

  /**
   * MAX_RECOGNITION: every open item must still be closed within the budget (cheap cost bounds only); then the
   * recognition the subtree can reach, at most each item's heaviest usable cover and at most what a knapsack over the
   * hours and cost left can add, must not fall below the incumbent's, nor keeping up with it cost more than the budget.
   */
  private boolean betterRecognisedWithin() {
    long costLb = costToClose(0);
    if (costLb < 0 || costLb > p.maxCost) return false;
    if (best == null) return true;
    long incumbent = best.recognitionScore();
    long[] cur = currentWeights();
    long[] potential = new long[cur.length];
    long ub = 0;
    for (long m = p.coverable & p.scored; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      potential[g] = cur[g];
      if ((decided & (1L << g)) == 0) {
        int j = firstLive(byWeight[g]);
        if (j >= 0) potential[g] = Math.max(cur[g], p.weight[j]);
      }
      ub += potential[g];
    }
    if (ub < incumbent) return false;
    RecognitionBound more = new RecognitionBound(p, byWeight, p.coverable & p.scored & ~decided, cur, j -> usable(j, horizon));
    long needed = costSum + more.costToKeep(potential, ub - incumbent, hits, j -> chosen[j], scratch);
    long base = 0;
    for (long m = p.coverable; m != 0; m &= m - 1) base += cur[Long.numberOfTrailingZeros(m)];
    double gain = Math.min(more.gain(p.hours, hoursCap - hoursSum), more.gain(p.cost, p.maxCost - costSum));
    ub = Math.min(ub, base + (long) Math.floor(gain + 1e-6));
    if (ub < incumbent) return false;
    if (needed > p.maxCost) return false;
    return beats(ub, incumbent, Math.max(costLb, needed));
  }

  /**
   * MAX_COVERAGE: the items every completion reaching the incumbent's coverage must close have to fit the budget at
   * their cost bound; then the coverage a knapsack over the cost and hours left can reach must beat the incumbent's.
   */
  private boolean moreCoverageWithin() {
    if (costSum > p.maxCost) return false;
    if (best == null) return true;
    long incumbent = best.coveredImportance();
    long must = mustCover(incumbent);
    if (must < 0) return false;
    long costLb = costSum;
    if (must != 0) {
      long lb = new CostBound(p, must, this::firstLiveCost, j -> usable(j, horizon), hits, j -> chosen[j], scratch)
          .value(best.costCents() - costSum + 1);
      if (lb < 0 || costSum + lb > p.maxCost) return false;
      costLb = Math.max(costLb, costSum + lb);
    }
    long ub = new CoverageBound(p, covered, decided, j -> usable(j, horizon), p.maxCost - costSum, hoursCap - hoursSum).value();
    return beats(ub, incumbent, costLb);
  }

  /**
   * The cost so far plus a lower bound on closing every open item ({@link CostBound}; its dual-ascent part only while
   * the cheap bounds stay below {@code enough}), or -1 when some open item has no usable cover.
   */
  private long costToClose(long enough) {
    long open = p.coverable & ~covered;
    if (open == 0) return costSum;
    long lb = new CostBound(p, open, this::firstLiveCost, j -> usable(j, horizon), hits, j -> chosen[j], scratch).value(enough);
    return lb < 0 ? -1 : costSum + lb;
  }

  /** Whether a subtree reaching {@code ub} of the goal (the incumbent has {@code incumbent}) may still beat it. */
  private boolean beats(long ub, long incumbent, long costLb) {
    if (ub != incumbent) return ub > incumbent;
    return beatsOnCostThenHours(costLb);
  }

  /** Ties on the goal go to lower cost, then fewer hours: a subtree costing at least {@code costLb} may still win them. */
  private boolean beatsOnCostThenHours(long costLb) {
    return costLb < best.costCents() || (costLb == best.costCents() && hoursSum + hoursToCover() < best.hoursHundredths());
  }

  /**
   * The open undecided items every completion covering at least {@code incumbent} must close (those whose
   * importance exceeds what the others could add beyond it); -1 when even closing all of them falls short.
   */
  private long mustCover(long incumbent) {
    long reach = 0;
    long live = 0;
    for (long m = p.coverable & covered; m != 0; m &= m - 1) reach += p.importance[Long.numberOfTrailingZeros(m)];
    for (long m = p.coverable & ~covered & ~decided; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      if (firstLive(p.coverers[g]) < 0) continue;
      reach += p.importance[g];
      live |= 1L << g;
    }
    if (reach < incumbent) return -1;
    long must = 0;
    for (long m = live; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      if (p.importance[g] > reach - incumbent) must |= 1L << g;
    }
    return must;
  }

  /** A lower bound on the hours still needed: the open item whose least-hours usable cover takes longest. */
  private long hoursToCover() {
    long open = p.coverable & ~covered;
    if (goal == Goal.MAX_COVERAGE) open = Math.max(0, mustCover(best.coveredImportance()));
    long most = 0;
    for (long m = open; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      long least = Long.MAX_VALUE;
      for (int j : p.coverers[g]) if (p.hours[j] < least && usable(j, horizon)) least = p.hours[j];
      if (least != Long.MAX_VALUE) most = Math.max(most, least);
    }
    return most;
  }

  private long[] currentWeights() {
    long[] w = new long[p.coverers.length];
    for (int s = 0; s < size; s++) {
      int c = stack[s];
      for (long m = p.covers[c]; m != 0; m &= m - 1) {
        int g = Long.numberOfTrailingZeros(m);
        w[g] = Math.max(w[g], p.weight[c]);
      }
    }
    return w;
  }

  private long firstLiveCost(int g) {
    int j = firstLive(p.coverers[g]);
    return j < 0 ? -1 : p.cost[j];
  }

  private void leaf() {
    for (int s = 0; s < size; s++) finish[stack[s]] = Formula.NEVER;
    Formula.settleFinish(p.requires, p.weeks, stack, size, finish);
    int cp = 0;
    int[] picked = new int[size];
    for (int s = 0; s < size; s++) {
      cp = Math.max(cp, finish[stack[s]]);
      picked[s] = stack[s];
      finish[stack[s]] = Formula.NEVER;
    }
    int weeks = Math.max(cp, p.weeksFor(hoursSum));
    if (weeks > weeksCap || hoursSum > hoursCap || costSum > p.maxCost) return;
    long rec = 0;
    long cov = 0;
    long[] weights = currentWeights();
    for (long m = p.coverable; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      if ((p.scored & (1L << g)) != 0) rec += weights[g];
      if ((covered & (1L << g)) != 0) cov += p.importance[g];
    }
    Arrays.sort(picked);
    Solution s = new Solution(Objective.CHEAPEST, Arrays.stream(picked).boxed().toList(), costSum, hoursSum, weeks, rec, cov, false);
    if (best == null || better(s, best)) best = s;
  }

  private boolean better(Solution a, Solution b) {
    if (goal == Goal.MAX_RECOGNITION && a.recognitionScore() != b.recognitionScore()) return a.recognitionScore() > b.recognitionScore();
    if (goal == Goal.MAX_COVERAGE && a.coveredImportance() != b.coveredImportance()) return a.coveredImportance() > b.coveredImportance();
    if (a.costCents() != b.costCents()) return a.costCents() < b.costCents();
    return a.hoursHundredths() < b.hoursHundredths();
  }
}
