package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.planner.solver.Objective;
import io.credpath.planner.solver.Solution;
import java.util.List;

/** A solution with its credentials and schedule, before labelling: what the Pareto filter compares. */
record ScheduledSolution(Solution solution, List<Credential> credentials, WeekScheduler.Schedule schedule) {

  /** Whether this is no worse than {@code o} on cost, scheduled weeks, recognition and coverage, and better on one. */
  boolean dominates(ScheduledSolution o) {
    Solution a = solution;
    Solution b = o.solution;
    boolean noWorse = a.costCents() <= b.costCents() && schedule.weeks() <= o.schedule.weeks()
        && a.recognitionScore() >= b.recognitionScore() && a.coveredImportance() >= b.coveredImportance();
    boolean better = a.costCents() < b.costCents() || schedule.weeks() < o.schedule.weeks()
        || a.recognitionScore() > b.recognitionScore() || a.coveredImportance() > b.coveredImportance();
    return noWorse && better;
  }

  /** Ordering key for an objective: smaller is better. */
  long[] key(Objective o) {
    Solution s = solution;
    return switch (o) {
      case CHEAPEST -> new long[] {s.costCents(), s.hoursHundredths(), schedule.weeks()};
      case FASTEST -> new long[] {schedule.weeks(), s.costCents(), s.hoursHundredths()};
      case RECOGNISED -> new long[] {-s.recognitionScore(), s.costCents(), s.hoursHundredths()};
      case COVERAGE -> new long[] {-s.coveredImportance(), s.costCents(), s.hoursHundredths()};
    };
  }
}
