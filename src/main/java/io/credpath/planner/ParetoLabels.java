package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.planner.solver.Objective;
import io.credpath.planner.solver.Solution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the alternatives to return from the solutions found: identical credential sets are merged, any
 * solution another found one dominates over (cost, scheduled weeks, -recognition, -coverage) is dropped, and
 * each objective's label goes to the best remaining one by that objective (one pathway may carry several
 * labels). The alternatives are Pareto-optimal among the solutions found, not over all possible pathways.
 */
final class ParetoLabels {
  /** A chosen alternative, its labels in order, and whether its lead label's optimum is proved. */
  record Labelled(ScheduledSolution scheduled, List<String> labels, boolean optimal) {}

  private final List<ScheduledSolution> found;
  private final List<Solution> runs;

  /** {@code runs} are the optimiser's answers, primary objective first. */
  ParetoLabels(List<ScheduledSolution> found, List<Solution> runs) {
    this.found = found;
    this.runs = runs;
  }

  static String label(Objective o) {
    return switch (o) {
      case CHEAPEST -> "cheapest";
      case FASTEST -> "fastest";
      case RECOGNISED -> "best-recognised";
      case COVERAGE -> "best coverage";
    };
  }

  /** Up to {@code limit} labelled alternatives, the primary objective's first. */
  List<Labelled> choose(int limit) {
    Map<List<String>, ScheduledSolution> distinct = new LinkedHashMap<>();
    for (ScheduledSolution c : found) distinct.putIfAbsent(c.credentials().stream().map(Credential::id).sorted().toList(), c);
    List<ScheduledSolution> front = new ArrayList<>();
    for (ScheduledSolution c : distinct.values()) {
      if (distinct.values().stream().noneMatch(o -> o.dominates(c))) front.add(c);
    }
    // Keyed by place in the front (its credential sets are distinct): hashing a ScheduledSolution record hashes every
    // credential of it, field by field, and was a twentieth of a pathways request.
    Map<Integer, List<String>> labels = new LinkedHashMap<>();
    Map<Integer, Boolean> optimal = new LinkedHashMap<>();
    for (Solution run : runs) {
      Objective o = run.objective();
      int best = -1;
      for (int i = 0; i < front.size(); i++) {
        if (best < 0 || Arrays.compare(front.get(i).key(o), front.get(best).key(o)) < 0) best = i;
      }
      if (best < 0) continue;
      labels.computeIfAbsent(best, k -> new ArrayList<>()).add(label(o));
      optimal.putIfAbsent(best, run.optimal() && sameValue(o, front.get(best).solution(), run));
    }
    List<Labelled> out = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : labels.entrySet()) {
      if (out.size() < limit) out.add(new Labelled(front.get(e.getKey()), e.getValue(), optimal.get(e.getKey())));
    }
    return out;
  }

  private static boolean sameValue(Objective o, Solution a, Solution b) {
    return switch (o) {
      case CHEAPEST -> a.costCents() == b.costCents();
      case FASTEST -> a.weeks() == b.weeks();
      case RECOGNISED -> a.recognitionScore() == b.recognitionScore();
      case COVERAGE -> a.coveredImportance() == b.coveredImportance();
    };
  }
}
