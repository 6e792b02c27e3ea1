package io.credpath.planner;

import com.google.ortools.Loader;
import io.credpath.planner.solver.Objective;
import io.credpath.planner.solver.PathwayOptimizer;
import io.credpath.planner.solver.SearchProblem;
import io.credpath.planner.solver.Solution;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The optimiser's objective values equal OR-Tools CP-SAT's on 200 generated instances, for all four objectives. */
class OptimizerAgreesWithCpSatTest {
  private static final Map<Objective, AtomicInteger> AGREED = new EnumMap<>(Objective.class);
  private static final AtomicInteger INFEASIBLE = new AtomicInteger();
  private static final java.util.concurrent.atomic.AtomicLong MINE_NANOS = new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong CPSAT_NANOS = new java.util.concurrent.atomic.AtomicLong();

  @BeforeAll
  static void loadNative() {
    Loader.loadNativeLibraries();
    for (Objective o : Objective.values()) AGREED.put(o, new AtomicInteger());
  }

  @AfterAll
  static void summary() {
    System.out.println("CP-SAT agreement over 200 instances: " + AGREED + ", budget-infeasible instances: " + INFEASIBLE
        + String.format("; time in optimiser %d ms, in CP-SAT %d ms", MINE_NANOS.get() / 1_000_000, CPSAT_NANOS.get() / 1_000_000));
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void optimiserMatchesCpSatOnEveryObjective(long seed) {
    Instances inst = Instances.generate(seed);
    Clock clock = Clock.systemUTC();
    PathwayPlanner planner = new PathwayPlanner(inst.catalog(), new FakeRules(), NeedPolicy.everything(), clock,
        new SearchLimits(0, 50_000_000));
    SearchProblem problem = planner.prepare(inst.request()).problem().search;
    for (Objective o : Objective.values()) {
      long t0 = System.nanoTime();
      Optional<Solution> mine = new PathwayOptimizer(problem, o, 50_000_000).solve();
      long t1 = System.nanoTime();
      OptionalLong theirs = new CpSatModel(inst).optimum(o);
      MINE_NANOS.addAndGet(t1 - t0);
      CPSAT_NANOS.addAndGet(System.nanoTime() - t1);
      if (o == Objective.CHEAPEST && theirs.isEmpty()) INFEASIBLE.incrementAndGet();
      mine.ifPresent(s -> assertThat(s.optimal()).as("seed %d %s proved", seed, o).isTrue());
      if (o == Objective.COVERAGE) {
        assertThat(mine.map(Solution::coveredImportance).orElse(0L)).as("seed %d coverage", seed).isEqualTo(theirs.orElseThrow());
      } else {
        assertThat(mine.isPresent()).as("seed %d %s feasible", seed, o).isEqualTo(theirs.isPresent());
        mine.ifPresent(s -> assertThat(value(o, s)).as("seed %d %s", seed, o).isEqualTo(theirs.getAsLong()));
      }
      AGREED.get(o).incrementAndGet();
    }
  }

  private static long value(Objective o, Solution s) {
    return switch (o) {
      case CHEAPEST -> s.costCents();
      case FASTEST -> s.weeks();
      case RECOGNISED -> s.recognitionScore();
      case COVERAGE -> s.coveredImportance();
    };
  }
}
