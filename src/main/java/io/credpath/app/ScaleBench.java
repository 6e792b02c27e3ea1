package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.LoadedTaxonomy;
import io.credpath.catalog.TaxonomyLoader;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.rules.RuleBase;
import io.credpath.search.CatalogIndex;
import io.credpath.search.CredentialQuery;
import io.credpath.search.CredentialSearch;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * {@code credpath bench scale [--taxonomy DIR]}: what a catalogue's size costs, in one process and one report: loading
 * (reading and validating) the taxonomy, building its search index on disk and reopening it unchanged, the heap the
 * loaded catalogue holds after a full collection, plan latency on the golden career changes ({@code plan-careers}) and
 * on the 50 occupations ({@code plan}), with the share of answers the search did not prove optimal, and search latency
 * (the {@code bench search} rotation). Latencies are median, p90, p99 and max in milliseconds after a warm-up.
 */
final class ScaleBench {
  private final AppConfig config;
  private final PrintStream out;
  private final Path work;

  /** {@code work} is an empty directory the search index is built in (and removed after). */
  ScaleBench(AppConfig config, PrintStream out, Path work) {
    this.config = config;
    this.out = out;
    this.work = work;
  }

  int run(int iterations, int warmup) {
    Runtime runtime = Runtime.getRuntime();
    out.printf("bench scale: taxonomy %s; %d cores, max heap %,d MB, load average %.2f%n", config.taxonomyDir(),
        runtime.availableProcessors(), runtime.maxMemory() >> 20, loadAverage());
    TaxonomyLoader loader = CatalogGeneration.loader(config.taxonomyDir());
    LoadedTaxonomy loaded = loader.loadTimed();
    Catalog catalog = loaded.catalog();
    long t = System.nanoTime();
    String fingerprint = loader.fingerprint();
    long fingerprintMs = millis(t);
    out.printf("  catalogue: %,d credentials, %,d occupations, %,d skills, %,d stacks%n", catalog.credentials().size(),
        catalog.occupations().size(), catalog.skills().size(), catalog.stacks().size());
    out.printf("  load (read + validate): %,d ms; fingerprint %,d ms%n", loaded.loadMillis(), fingerprintMs);
    Path indexDir = work.resolve("index");
    t = System.nanoTime();
    try (CatalogIndex built = CatalogIndex.open(catalog, Optional.of(indexDir))) {
      if (built.reused()) throw new IllegalStateException("the bench's index directory was not empty: " + indexDir);
    }
    long buildMs = millis(t);
    out.printf("  search index, cold build: %,d ms; load + index: %,d ms%n", buildMs, loaded.loadMillis() + buildMs);
    try (RuleBase rules = openRules()) {
      t = System.nanoTime();
      CatalogIndex index = CatalogIndex.open(catalog, Optional.of(indexDir));
      long reopenMs = millis(t);
      out.printf("  search index, reopened unchanged (%s): %,d ms; load + fingerprint + index: %,d ms%n",
          index.reused() ? "reused" : "NOT reused: rebuilt", reopenMs, loaded.loadMillis() + fingerprintMs + reopenMs);
      try {
        measure(catalog, fingerprint, rules, index, iterations, warmup);
      } finally {
        index.close();
      }
    } finally {
      deleteQuietly(work);
    }
    return 0;
  }

  /** Plan and search latency, and the heap, over the loaded catalogue, its reopened index and the rules. */
  private void measure(Catalog catalog, String fingerprint, RuleBase rules, CatalogIndex index, int iterations, int warmup) {
    CatalogGeneration generation = new CatalogGeneration(catalog, Optional.of(index), rules, Clock.systemUTC(),
        new PlanBasis(fingerprint, rules.status().version()), io.credpath.planner.PlanningThreads.callerOnly());
    long t = System.nanoTime();
    PathwayPlanner planner = generation.planner(CatalogScope.everything());
    out.printf("  planner ready: %,d ms%n", millis(t));
    out.printf("  heap after load (catalogue, index, rules, planner; after a full GC): %,d MB%n", heapAfterGc() >> 20);
    // A catalogue without the occupations of a career change (a test's tiny one) skips it, as a rule trial does.
    List<PlanRequest> careers = BenchCommand.careerRequests(config.rulesDir()).stream()
        .filter(r -> catalog.findOccupation(r.target()).isPresent()
            && r.profile().currentOccupation().map(o -> catalog.findOccupation(o).isPresent()).orElse(true))
        .toList();
    plans("plan-careers", careers, planner, iterations, warmup);
    plans("plan", BenchCommand.occupationRequests(generation, false), planner, iterations, warmup);
    CredentialSearch search = generation.credentialSearch();
    List<String> queries = BenchCommand.SEARCHES;
    Latency s = time(i -> search.search(CredentialQuery.text(queries.get(i % queries.size())).build()), iterations * 4, warmup * 4);
    out.printf("  search (%d queries): %s%n", queries.size(), s);
    out.printf("  heap after the runs (after a full GC): %,d MB; load average %.2f%n", heapAfterGc() >> 20, loadAverage());
  }

  private RuleBase openRules() {
    long t = System.nanoTime();
    RuleBase rules = new RuleBase(config.rulesDir(), Clock.systemUTC());
    out.printf("  rules: %,d ms (%d rules)%n", millis(t), rules.status().ruleCount());
    return rules;
  }

  /** Times a rotation of plan requests and says how many answers hold a pathway the search did not prove optimal. */
  private void plans(String name, List<PlanRequest> requests, PathwayPlanner planner, int iterations, int warmup) {
    if (requests.isEmpty()) {
      out.printf("  %s: none of its requests' occupations is in this catalogue%n", name);
      return;
    }
    int answersNotOptimal = 0;
    int pathways = 0;
    int pathwaysNotOptimal = 0;
    long first = System.nanoTime();
    for (PlanRequest r : requests) {
      PlanResult result = planner.plan(r);
      pathways += result.pathways().size();
      long not = result.pathways().stream().filter(p -> !p.optimal()).count();
      pathwaysNotOptimal += (int) not;
      if (not > 0) answersNotOptimal++;
    }
    long firstMs = millis(first);
    Latency l = time(i -> planner.plan(requests.get(i % requests.size())), iterations, warmup);
    out.printf("  %s (%d requests): %s; first pass %,d ms; not proven optimal: %d of %d answers (%.1f%%), %d of %d pathways%n",
        name, requests.size(), l, firstMs, answersNotOptimal, requests.size(), 100.0 * answersNotOptimal / requests.size(),
        pathwaysNotOptimal, pathways);
  }

  /** Latency percentiles of {@code iterations} runs after {@code warmup}. */
  record Latency(int iterations, int warmup, double median, double p90, double p99, double max) {
    @Override public String toString() {
      return String.format("%d iterations after %d warm-up: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms", iterations,
          warmup, median, p90, p99, max);
    }
  }

  private static Latency time(IntConsumer op, int iterations, int warmup) {
    double[] ms = BenchCommand.timed(op, iterations, warmup);
    Arrays.sort(ms);
    return new Latency(iterations, warmup, BenchCommand.pct(ms, 50), BenchCommand.pct(ms, 90), BenchCommand.pct(ms, 99),
        ms[ms.length - 1]);
  }

  /** Heap in use after full collections (a few, until it stops shrinking): what the loaded parts hold. */
  private static long heapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) break;
      used = now;
    }
    return used;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
