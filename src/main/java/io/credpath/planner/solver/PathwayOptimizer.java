package io.credpath.planner.solver;

import java.util.Optional;

/**
 * Exact optimiser for one objective over a {@link SearchProblem} (branch-and-bound, see {@link BranchAndBound}).
 *
 * <ul>
 *   <li>CHEAPEST: close every coverable gap item at its level; minimise cost, then hours.
 *   <li>FASTEST: minimise weeks, where the weeks of a set are max(critical path of minimum weeks through the
 *       prerequisites it uses, ceil(total hours / hours per week)); then cost, then hours. Solved as a
 *       binary search on the horizon T, each probe a cheapest search with every credential due by T and hours
 *       capped at T x hours per week.
 *   <li>RECOGNISED: maximise the recognition score, the sum over gap items of the best rule weight among the
 *       chosen credentials closing it (a plain sum over chosen credentials would reward padding a pathway with
 *       redundant credentials), an item closed in full scored on its closers only ({@link SearchProblem#scored});
 *       then cost, then hours.
 *   <li>COVERAGE: maximise the importance of the gap items closed within budget; then cost, then hours.
 * </ul>
 * Every solution meets each chosen credential's prerequisites from what is held and the other chosen
 * credentials, in some order, and respects the cost, hours and weeks budgets. Stops when its {@link Work} is spent,
 * with the best found and {@code optimal: false}.
 */
public final class PathwayOptimizer {
  private final SearchProblem problem;
  private final Objective objective;
  private final Work work;

  /** An optimiser spending at most what is left of {@code work}. */
  public PathwayOptimizer(SearchProblem problem, Objective objective, Work work) {
    this.problem = problem;
    this.objective = objective;
    this.work = work;
  }

  /** An optimiser with a budget of {@code nodes} branch-and-bound nodes. */
  public PathwayOptimizer(SearchProblem problem, Objective objective, long nodes) {
    this(problem, objective, new Work(nodes));
  }

  /** The best solution for the objective, or empty when none fits (for COVERAGE: when nothing can be closed). */
  public Optional<Solution> solve() {
    return switch (objective) {
      case CHEAPEST -> solveFor(BranchAndBound.Goal.MIN_COST);
      case RECOGNISED -> solveFor(BranchAndBound.Goal.MAX_RECOGNITION);
      case COVERAGE -> solveFor(BranchAndBound.Goal.MAX_COVERAGE).filter(s -> s.coveredImportance() > 0);
      case FASTEST -> fastest();
    };
  }

  private Optional<Solution> solveFor(BranchAndBound.Goal goal) {
    BranchAndBound search = new BranchAndBound(problem, goal, problem.maxWeeks, problem.maxHours, work);
    Optional<Solution> found = search.findBest();
    boolean proved = search.proved();
    return found.map(s -> s.as(objective, proved));
  }

  private Optional<Solution> fastest() {
    BranchAndBound first = new BranchAndBound(problem, BranchAndBound.Goal.MIN_COST, problem.maxWeeks, problem.maxHours, work);
    Optional<Solution> start = first.findBest();
    if (start.isEmpty()) return Optional.empty();
    boolean proved = first.proved();
    Solution best = start.get();
    int lo = weeksLowerBound();
    int hi = best.weeks();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long cap = (long) Math.floor(mid * problem.hoursPerWeek * 100 + 1e-6);
      BranchAndBound probe = new BranchAndBound(problem, BranchAndBound.Goal.MIN_COST, mid, cap, work);
      Optional<Solution> s = probe.findBest();
      proved &= probe.proved();
      if (s.isPresent()) {
        best = s.get();
        hi = best.weeks();
      } else {
        lo = mid + 1;
      }
    }
    return Optional.of(best.as(Objective.FASTEST, proved));
  }

  /** No pathway is shorter than the earliest finish of the quickest cover of any coverable item. */
  private int weeksLowerBound() {
    int lb = 1;
    for (long m = problem.coverable; m != 0; m &= m - 1) {
      int g = Long.numberOfTrailingZeros(m);
      int quickest = Formula.NEVER;
      for (int j : problem.coverers[g]) quickest = Math.min(quickest, problem.earliest[j]);
      lb = Math.max(lb, quickest);
    }
    return lb;
  }
}
