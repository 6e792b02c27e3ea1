package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.OccupationSimilarity;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.TransitionFinder;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code credpath bench transitions}: "I work as X, which jobs am I close to?" for every occupation that can be offered
 * (the top 10, the first {@value PlanningService#PLANNED_TRANSITIONS} planned, 8 hours a week), one thread and four at a
 * time. Each is timed twice: a learner's first request on a fresh catalogue generation (every gap and pathway planned),
 * and the same requests repeated (what the catalogue generation remembers). The JIT is warmed on a separate finder.
 */
final class TransitionsBench {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  /** A request slower than this is named as it happens, so a tail can be traced to the jobs behind it. */
  private static final double SLOW_MS = 250;
  private final CatalogGeneration generation;
  private final PrintStream out;

  TransitionsBench(CatalogGeneration generation, PrintStream out) {
    this.generation = generation;
    this.out = out;
  }

  int run(int iterations, int warmup) {
    List<LearnerProfile> learners = generation.similarity().occupations().stream().filter(OccupationSimilarity::offeredByDefault)
        .map(Occupation::id).map(id -> new LearnerProfile(List.of(), List.of(), 5, Optional.of(id))).toList();
    Supplier<TransitionFinder> fresh = () -> {
      PathwayPlanner planner = generation.planner(CatalogScope.everything());
      return new TransitionFinder(planner.catalog(), planner, generation.gapPolicy(), generation.similarity(),
          PlanningService.PLANNED_TRANSITIONS, generation.planningThreads());
    };
    TransitionFinder warm = fresh.get();
    for (int i = 0; i < warmup; i++) warm.find(learners.get((learners.size() - 1 - i % learners.size())), 8, START, 10);
    int n = Math.min(iterations, learners.size());
    for (int threads : new int[] {1, 4}) {
      TransitionFinder finder = fresh.get();
      report(threads, "first request", n, warmup, time(finder, learners, n, threads));
      report(threads, "repeated", n, warmup, time(finder, learners, n, threads));
    }
    return 0;
  }

  private double[] time(TransitionFinder finder, List<LearnerProfile> learners, int n, int threads) {
    java.util.function.Consumer<String> slow = line -> {
      synchronized (out) {
        out.println("  slow: " + line);
      }
    };
    double[] ms = new double[n];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          for (int i = first; i < n; i += threads) {
            long s = System.nanoTime();
            finder.find(learners.get(i), 8, START, 10);
            ms[i] = (System.nanoTime() - s) / 1e6;
            if (ms[i] > SLOW_MS) slow.accept(learners.get(i).currentOccupation().orElse("?") + " took " + Math.round(ms[i]) + " ms");
          }
        }));
      }
      for (Future<?> f : done) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    Arrays.sort(ms);
    return ms;
  }

  private void report(int threads, String what, int n, int warmup, double[] ms) {
    out.printf("bench transitions (%d thread%s, %s): %d requests after %d warm-up: median %.3f ms, p90 %.3f ms, "
        + "p99 %.3f ms, max %.3f ms%n", threads, threads == 1 ? "" : "s", what, n, warmup, BenchCommand.pct(ms, 50),
        BenchCommand.pct(ms, 90), BenchCommand.pct(ms, 99), ms[ms.length - 1]);
  }
}
