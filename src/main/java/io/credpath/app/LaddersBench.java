package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.graph.OccupationLadders;
import io.credpath.planner.Budget;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.OccupationSimilarity;
import io.credpath.planner.PathwayPlanner;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * {@code credpath bench ladders}: career ladders for far moves, one thread: from each job of zone 1 or 2 that can be
 * offered (every other one, up to --iterations) to the nearest job two or more zones up, $600 and 26 weeks at 8 hours a
 * week per move. Timed as a learner's first request on a fresh catalogue generation (every rung planned) and repeated
 * (what the generation remembers). The JIT is warmed on a separate finder over the same moves.
 */
final class LaddersBench {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final Budget BUDGET = new Budget(OptionalDouble.of(600), "USD", OptionalDouble.empty(), OptionalInt.of(26), 8);
  private final CatalogGeneration generation;
  private final PrintStream out;

  LaddersBench(CatalogGeneration generation, PrintStream out) {
    this.generation = generation;
    this.out = out;
  }

  /** The far moves benched: a current job and its nearest job at least two zones up. */
  private record FarMove(LearnerProfile learner, String target) {}

  int run(int iterations, int warmup) {
    OccupationSimilarity similarity = generation.similarity();
    List<Occupation> all = similarity.occupations();
    List<FarMove> moves = new ArrayList<>();
    int seen = 0;
    for (int i = 0; i < all.size() && moves.size() < iterations; i++) {
      Occupation o = all.get(i);
      if (!OccupationSimilarity.offeredByDefault(o) || o.jobZone().isEmpty() || o.jobZone().getAsInt() > 2) continue;
      if (seen++ % 2 == 1) continue;
      int zone = o.jobZone().getAsInt();
      similarity.nearest(i, 1, b -> OccupationSimilarity.offeredByDefault(all.get(b))
              && all.get(b).jobZone().orElse(0) >= zone + 2)
          .forEach(n -> moves.add(new FarMove(new LearnerProfile(List.of(), List.of(), 3, Optional.of(o.id())),
              all.get(n.index()).id())));
    }
    if (moves.isEmpty()) throw new ConfigException("no job of zone 1 or 2 in this taxonomy has one two zones up to bench ladders to");
    LadderFinder warm = fresh();
    for (int i = 0; i < warmup; i++) find(warm, moves.get(moves.size() - 1 - i % moves.size()));
    LadderFinder finder = fresh();
    report("first request", moves.size(), warmup, time(finder, moves));
    report("repeated", moves.size(), warmup, time(finder, moves));
    return 0;
  }

  private LadderFinder fresh() {
    PathwayPlanner planner = generation.planner(CatalogScope.everything());
    return new LadderFinder(planner.catalog(), planner, generation.similarity(), OccupationLadders.FINDER, generation.planningThreads());
  }

  private static LadderFinder.Answer find(LadderFinder finder, FarMove m) {
    return finder.find(m.learner(), m.target(), BUDGET, START, 3);
  }

  private double[] time(LadderFinder finder, List<FarMove> moves) {
    double[] ms = new double[moves.size()];
    for (int i = 0; i < moves.size(); i++) {
      long s = System.nanoTime();
      find(finder, moves.get(i));
      ms[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private void report(String what, int n, int warmup, double[] ms) {
    out.printf("bench ladders (%s): %d requests after %d warm-up: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        what, n, warmup, BenchCommand.pct(ms, 50), BenchCommand.pct(ms, 90), BenchCommand.pct(ms, 99), ms[ms.length - 1]);
  }
}
