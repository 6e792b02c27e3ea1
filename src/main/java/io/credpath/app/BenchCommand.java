package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.search.CredentialQuery;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * {@code credpath bench plan|plan-careers|search|suggest|transitions|ladders|similarity|store}: in-process latency on the shipped
 * taxonomy (or, for {@code store}, of the admin writes on the store), after a warm-up, reported as median, p90, p99 and
 * max in milliseconds. Each iteration runs one request from a fixed rotation, so runs are comparable. {@code transitions}
 * is {@link TransitionsBench}; {@code similarity [--raw DIR] [--tune] [--show ids]} is not a timing but the development
 * evaluation of the nearest-occupation measure ({@link SimilarityReport}).
 */
final class BenchCommand {
  static final List<String> SEARCHES = List.of("data analysis", "kubernetes", "google cert", "python for beginners",
      "project management professional", "excel", "aws solutions architect", "cyber security", "tableau", "machine learning",
      "sql", "comptia security+", "financial modeling", "ux design", "nursing informatics", "digital marketing", "linux",
      "power bi", "agile scrum", "javascript react");
  private static final List<String> PREFIXES = List.of("data an", "kubernets", "analist", "pyth", "proj", "secur", "exc", "tabl",
      "aws", "cloud eng", "ux", "nurse", "market", "linx", "sql", "java", "comp", "fin", "help d", "cyber");
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  BenchCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.args = new Args(argv, Set.of("iterations", "warmup", "taxonomy", "rules", "db-url", "db-user", "db-password", "raw", "show"),
        Set.of("by-request", "tune", "no-budget"));
    Map<String, String> flags = new java.util.HashMap<>(args.flags());
    flags.remove("iterations");
    flags.remove("warmup");
    flags.remove("by-request");
    flags.remove("no-budget");
    flags.remove("raw");
    flags.remove("show");
    flags.remove("tune");
    // Search is measured on the index the server uses (MMapDirectory on disk), built in a fresh directory
    // so a running server's index lock is never in the way.
    flags.put("on-disk-index", "true");
    try {
      flags.put("data-dir", java.nio.file.Files.createTempDirectory("credpath-bench").toString());
    } catch (java.io.IOException e) {
      throw new ConfigException("cannot create a temporary directory for the bench index: " + e.getMessage());
    }
    this.config = AppConfig.from(flags, env);
    this.out = out;
  }

  int run() {
    if (args.positional().size() != 1) {
      throw new ConfigException("bench needs one of: plan, plan-careers, search, suggest, transitions, ladders, similarity, store, scale");
    }
    String what = args.positional().get(0);
    if (!List.of("plan", "plan-careers", "search", "suggest", "transitions", "ladders", "similarity", "store", "scale").contains(what)) {
      throw new ConfigException("unknown bench '" + what + "': use plan, plan-careers, search, suggest, transitions, ladders, similarity, store or scale");
    }
    int iterations = (int) args.number("iterations", what.equals("store") || what.equals("scale") ? 500 : 2000);
    int warmup = (int) args.number("warmup", what.equals("store") ? 50 : what.equals("scale") ? 100 : 500);
    if (iterations < 1 || warmup < 0) throw new ConfigException("--iterations must be at least 1 and --warmup at least 0");
    if (what.equals("store")) return new StoreBench(config, out).run(iterations, warmup);
    if (what.equals("scale")) return new ScaleBench(config, out, config.dataDir()).run(iterations, warmup);
    if (what.equals("similarity")) {
      Path raw = Path.of(args.flags().getOrDefault("raw", "../shared/data/raw"));
      List<String> show = args.flags().containsKey("show") ? List.of(args.flags().get("show").split(",")) : List.of();
      return new SimilarityReport(CatalogGeneration.loader(config.taxonomyDir()).load(), raw, out).run(args.has("tune"), show);
    }
    try (Application app = Application.load(config, out, what.equals("search") || what.equals("suggest"))) {
      CatalogGeneration d = app.generation();
      if (what.equals("transitions")) return new TransitionsBench(d, out).run(iterations, warmup);
      if (what.equals("ladders")) return new LaddersBench(d, out).run(Math.min(iterations, 200), Math.min(warmup, 50));
      IntConsumer op;
      int rotation;
      switch (what) {
        case "plan" -> {
          List<PlanRequest> requests = occupationRequests(d, args.has("no-budget"));
          op = planOps(d, requests);
          rotation = requests.size();
        }
        case "plan-careers" -> {
          List<PlanRequest> requests = careerRequests(config.rulesDir());
          op = planOps(d, requests);
          rotation = requests.size();
        }
        case "search" -> {
          op = i -> d.credentialSearch().search(CredentialQuery.text(SEARCHES.get(i % SEARCHES.size())).build());
          rotation = SEARCHES.size();
        }
        case "suggest" -> {
          op = i -> d.autocomplete().suggest(PREFIXES.get(i % PREFIXES.size()), 10);
          rotation = PREFIXES.size();
        }
        default -> throw new IllegalStateException(what);
      }
      double[] ms = timed(op, iterations, warmup);
      if (args.has("by-request")) byRequest(what, ms, rotation);
      Arrays.sort(ms);
      out.printf("bench %s: %d iterations after %d warm-up: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", what,
          iterations, warmup, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1]);
    }
    return 0;
  }

  /** Milliseconds of each of {@code iterations} runs of {@code op} (given the run's index), after {@code warmup} untimed ones, in run order. */
  static double[] timed(IntConsumer op, int iterations, int warmup) {
    for (int i = 0; i < warmup; i++) op.accept(i);
    double[] ms = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long t = System.nanoTime();
      op.accept(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  /** One line per request of the rotation, slowest p99 first, so a tail can be traced to the requests behind it. */
  private void byRequest(String what, double[] ms, int rotation) {
    List<String> names = switch (what) {
      case "search" -> SEARCHES;
      case "suggest" -> PREFIXES;
      default -> null;
    };
    List<double[]> per = new ArrayList<>();
    for (int r = 0; r < rotation; r++) {
      int n = (ms.length - r + rotation - 1) / rotation;
      double[] own = new double[Math.max(0, n)];
      for (int k = 0, i = r; i < ms.length; i += rotation) own[k++] = ms[i];
      Arrays.sort(own);
      per.add(own);
    }
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < rotation; r++) if (per.get(r).length > 0) order.add(r);
    order.sort((a, b) -> Double.compare(pct(per.get(b), 99), pct(per.get(a), 99)));
    for (int r : order) {
      double[] own = per.get(r);
      out.printf("  %-32s n=%d median %.3f ms, p99 %.3f ms, max %.3f ms%n",
          names == null ? "request " + r : '"' + names.get(r) + '"', own.length, pct(own, 50), pct(own, 99), own[own.length - 1]);
    }
  }

  private static IntConsumer planOps(CatalogGeneration d, List<PlanRequest> requests) {
    PathwayPlanner planner = d.planner(CatalogScope.everything());
    return i -> planner.plan(requests.get(i % requests.size()));
  }

  /**
   * 50 occupations spread across the catalogue (every n-th one with requirements), a learner holding nothing, $2,000
   * and 52 weeks, or, with {@code noBudget}, no limit on cost or weeks (a learner who leaves the budget empty).
   */
  static List<PlanRequest> occupationRequests(CatalogGeneration d, boolean noBudget) {
    List<Occupation> withReqs = d.catalog().occupations().stream().filter(o -> !o.requirements().isEmpty()).toList();
    int step = Math.max(1, withReqs.size() / 50);
    List<PlanRequest> out = new ArrayList<>();
    for (int i = 0; i < withReqs.size() && out.size() < 50; i += step) {
      out.add(new PlanRequest(withReqs.get(i).id(), new LearnerProfile(List.of(), List.of(), 2, Optional.empty()),
          noBudget ? new io.credpath.planner.Budget(OptionalDouble.empty(), "USD", OptionalDouble.empty(), OptionalInt.empty(), 8)
              : new io.credpath.planner.Budget(OptionalDouble.of(2000), "USD", OptionalDouble.empty(), OptionalInt.of(52), 8),
          Preferences.defaults(), Optional.empty(), LocalDate.of(2027, 1, 4)));
    }
    return out;
  }

  /** The career changes of the rules directory's samples, each at $600 / 26 weeks and at $2,000 / 52 weeks. */
  static List<PlanRequest> careerRequests(java.nio.file.Path rulesDir) {
    List<CareerChange> changes = CareerChange.read(rulesDir);
    if (changes.isEmpty()) throw new ConfigException("no career changes in " + rulesDir.resolve(CareerChange.FILE));
    return CareerChange.samples(changes, LocalDate.of(2027, 1, 4)).stream().map(io.credpath.rules.RuleTrial.Sample::request).toList();
  }

  /** The {@code p}th percentile of sorted values (nearest rank). */
  static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
