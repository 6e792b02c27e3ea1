package io.credpath.advising;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses one option (or none) per cohort member so that the members' total coverage is maximal within a shared budget
 * and the credentials' seat limits, with group discounts priced at the seats the cohort takes: a multiple-choice
 * knapsack solved exactly by depth-first branch and bound.
 *
 * <p>The bound at a node is what is chosen so far plus the fractional relaxation of the rest (each remaining member's
 * options on the upper concave hull of coverage against cost, costs at the deepest discount the credential can reach,
 * seat limits dropped), against the budget left after the chosen options' costs at that deepest discount: it never
 * undercounts, so pruning on it loses no better selection. A selection's real cost (tiers at the seats it takes) is
 * checked whole at each leaf.
 *
 * <p>The search is exact while it stays within its work limit, counted in nodes and bound steps, never wall time, so the
 * same cohort and terms always get the same answer. Without any pruning, {@code n} members of up to four options make at
 * most {@code (5^(n+1) - 1) / 4} nodes, each costing at most one step plus one per hull step ({@code 4n}), so
 * {@link #DEFAULT_WORK} completes every cohort of up to {@link #EXACT_UP_TO} such members whatever the terms; larger ones
 * are exact whenever the bound closes in time (the seeded CP-SAT comparison proves optima up to 12 members), which the
 * answer says ({@code optimal}). When the work runs out, the answer is the best selection found, still never below
 * planning each learner alone and cutting (the search starts from that selection and only replaces it with a strictly
 * better one), and {@code upperBound} (the root relaxation) says how far above it the optimum can at most lie.
 */
public final class SharedBudgetOptimizer {
  /** The default work limit: a hundred million node and bound steps, about two seconds on one core. */
  public static final long DEFAULT_WORK = 100_000_000L;
  /** The cohort size (members, up to four options each) that {@link #DEFAULT_WORK} always solves exactly, whatever the terms. */
  public static final int EXACT_UP_TO = 9;
  private static final double EPS = 1e-9;
  private final List<LearnerOptions> learners;
  private final SharedBudget terms;
  private final long workLimit;
  private final String[] credentials;
  private int[] seatLimit;
  private int[][] tiersMin;
  private double[][] tiersPct;
  /** Per member in search order: the options (as credential indices, list costs, coverage, cost at the deepest discount). */
  private Choice[][] choices;
  private int[] order;
  private double[] baseSuffix;
  private Step[] steps;
  private int[] seats;
  private double[] listSum;
  private int[] current;
  private int[] best;
  private double bestCoverage;
  private double bestCost;
  private long work;
  private boolean stopped;

  /** The optimiser of {@code learners}' options under {@code terms}, stopping after {@code workLimit} steps of work. */
  public SharedBudgetOptimizer(List<LearnerOptions> learners, SharedBudget terms, long workLimit) {
    this.learners = List.copyOf(learners);
    this.terms = terms;
    this.workLimit = workLimit;
    TreeSet<String> ids = new TreeSet<>();
    this.learners.forEach(l -> l.options().forEach(o -> o.seats().forEach(s -> ids.add(s.credential()))));
    this.credentials = ids.toArray(String[]::new);
  }

  /** The most work a search of {@code members} members of up to four options each can take, pruning nothing. */
  static long worstCaseWork(int members) {
    long nodes = 0;
    long level = 1;
    for (int k = 0; k <= members; k++, level *= 5) nodes += level;
    return nodes * (1 + 4L * members);
  }

  /** The best selection within the work limit, with the alone-and-cut selection it never falls below. */
  public Allocation solve() {
    prepare();
    Allocation.Totals alone = aloneAndCut();
    int n = learners.size();
    best = new int[n];
    for (int i = 0; i < n; i++) best[i] = internal(i, alone.choices().get(order[i]));
    bestCoverage = alone.coverage();
    bestCost = alone.cost();
    current = new int[n];
    seats = new int[credentials.length];
    listSum = new double[credentials.length];
    double rootBound = bound(0, terms.budget());
    search(0, 0, 0);
    List<Integer> chosen = new ArrayList<>(java.util.Collections.nCopies(n, -1));
    for (int i = 0; i < n; i++) chosen.set(order[i], best[i] < 0 ? -1 : choices[i][best[i]].option);
    boolean optimal = !stopped;
    return new Allocation(chosen, bestCoverage, bestCost, optimal, optimal ? bestCoverage : Math.max(bestCoverage, rootBound), work, alone);
  }

  /**
   * Each member's leading option (the pathway they would be told planned alone), in the order given, kept when it covers
   * something and the cohort can still afford it and has its seats.
   */
  private Allocation.Totals aloneAndCut() {
    List<LearnerOptions.Option> taken = new ArrayList<>();
    List<Integer> picks = new ArrayList<>();
    double coverage = 0;
    for (LearnerOptions l : learners) {
      if (l.options().isEmpty()) {
        picks.add(-1);
        continue;
      }
      LearnerOptions.Option first = l.options().get(0);
      if (first.coverage() <= 0) {
        picks.add(-1);
        continue;
      }
      taken.add(first);
      if (terms.cost(taken) <= terms.budget() + EPS && terms.overLimit(taken).isEmpty()) {
        picks.add(0);
        coverage += first.coverage();
      } else {
        taken.remove(taken.size() - 1);
        picks.add(-1);
      }
    }
    return new Allocation.Totals(picks, coverage, terms.cost(taken), taken.size());
  }

  private void search(int depth, double coverage, double floorCost) {
    if (stopped) return;
    if (++work > workLimit) {
      stopped = true;
      return;
    }
    if (depth == choices.length) {
      if (coverage > bestCoverage + EPS || (coverage > bestCoverage - EPS && realCost() < bestCost - EPS)) {
        double cost = realCost();
        if (cost <= terms.budget() + EPS) {
          bestCoverage = coverage;
          bestCost = cost;
          best = current.clone();
        }
      }
      return;
    }
    if (coverage + bound(depth, terms.budget() - floorCost) < bestCoverage + EPS) return;
    for (int c = 0; c < choices[depth].length; c++) {
      Choice o = choices[depth][c];
      if (floorCost + o.floorCost > terms.budget() + EPS || !seatsLeft(o)) continue;
      take(o, 1);
      current[depth] = c;
      search(depth + 1, coverage + o.coverage, floorCost + o.floorCost);
      take(o, -1);
    }
    current[depth] = -1;
    search(depth + 1, coverage, floorCost);
  }

  /** Coverage the members from {@code depth} on could at most add with {@code money}: the fractional hull relaxation. */
  private double bound(int depth, double money) {
    double total = baseSuffix[depth];
    for (Step s : steps) {
      work++;
      if (s.member < depth) continue;
      if (s.cost <= money) {
        money -= s.cost;
        total += s.coverage;
      } else {
        total += s.coverage * Math.max(0, money) / s.cost;
        break;
      }
    }
    return total;
  }

  private double realCost() {
    double cost = 0;
    for (int k = 0; k < credentials.length; k++) {
      if (seats[k] > 0) cost += listSum[k] * (100 - pct(k, seats[k])) / 100;
    }
    return cost;
  }

  private boolean seatsLeft(Choice o) {
    for (int k : o.credentials) if (seats[k] + 1 > seatLimit[k]) return false;
    return true;
  }

  private void take(Choice o, int sign) {
    for (int j = 0; j < o.credentials.length; j++) {
      seats[o.credentials[j]] += sign;
      listSum[o.credentials[j]] += sign * o.costs[j];
    }
  }

  private double pct(int k, int n) {
    double p = 0;
    for (int t = 0; t < tiersMin[k].length; t++) if (tiersMin[k][t] <= n) p = Math.max(p, tiersPct[k][t]);
    return p;
  }

  /** Indexes credentials, prices each option at its deepest reachable discount, orders members and builds the hull steps. */
  private void prepare() {
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < credentials.length; k++) index.put(credentials[k], k);
    int[] users = new int[credentials.length];
    for (LearnerOptions l : learners) {
      boolean[] seen = new boolean[credentials.length];
      l.options().forEach(o -> o.seats().forEach(s -> seen[index.get(s.credential())] = true));
      for (int k = 0; k < seen.length; k++) if (seen[k]) users[k]++;
    }
    seatLimit = new int[credentials.length];
    tiersMin = new int[credentials.length][];
    tiersPct = new double[credentials.length][];
    double[] deepest = new double[credentials.length];
    for (int k = 0; k < credentials.length; k++) {
      String id = credentials[k];
      seatLimit[k] = terms.seatLimit(id);
      List<SharedBudget.Discount> ds = terms.credentials().stream().filter(t -> t.credential().equals(id)).findFirst()
          .map(SharedBudget.CredentialTerms::discounts).orElse(List.of());
      tiersMin[k] = ds.stream().mapToInt(SharedBudget.Discount::minSeats).toArray();
      tiersPct[k] = ds.stream().mapToDouble(SharedBudget.Discount::percentOff).toArray();
      deepest[k] = pct(k, Math.min(seatLimit[k], users[k]));
    }
    int n = learners.size();
    Choice[][] byMember = new Choice[n][];
    for (int i = 0; i < n; i++) {
      List<Choice> cs = new ArrayList<>();
      List<LearnerOptions.Option> os = learners.get(i).options();
      for (int o = 0; o < os.size(); o++) {
        LearnerOptions.Option opt = os.get(o);
        int[] ks = opt.seats().stream().mapToInt(s -> index.get(s.credential())).toArray();
        double[] costs = opt.seats().stream().mapToDouble(LearnerOptions.Seat::cost).toArray();
        double floor = 0;
        for (int j = 0; j < ks.length; j++) floor += costs[j] * (100 - deepest[ks[j]]) / 100;
        boolean seatable = Arrays.stream(ks).allMatch(k -> seatLimit[k] >= 1);
        if (seatable && opt.coverage() > 0) cs.add(new Choice(o, ks, costs, opt.coverage(), floor));
      }
      cs.sort(Comparator.comparingDouble((Choice c) -> -c.coverage).thenComparingDouble(c -> c.floorCost).thenComparingInt(c -> c.option));
      byMember[i] = cs.toArray(Choice[]::new);
    }
    // Members whose best option is most coverage per money first: the greedy descent then finds a good selection early.
    order = java.util.stream.IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -efficiency(byMember[i])).thenComparingInt(i -> i)).mapToInt(i -> i).toArray();
    choices = new Choice[n][];
    for (int i = 0; i < n; i++) choices[i] = byMember[order[i]];
    baseSuffix = new double[n + 1];
    List<Step> all = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      double base = 0;
      for (Choice c : choices[i]) if (c.floorCost <= EPS) base = Math.max(base, c.coverage);
      baseSuffix[i] = baseSuffix[i + 1] + base;
      all.addAll(hullSteps(i, base));
    }
    all.sort(Comparator.comparingDouble((Step s) -> -s.coverage / s.cost).thenComparingInt(s -> s.member).thenComparingDouble(s -> s.cost));
    steps = all.toArray(Step[]::new);
  }

  /** The member's upper concave hull of coverage against floor cost, from the best free option, as steps of falling slope. */
  private List<Step> hullSteps(int member, double base) {
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, base});
    Arrays.stream(choices[member]).filter(c -> c.floorCost > EPS && c.coverage > base + EPS)
        .sorted(Comparator.comparingDouble((Choice c) -> c.floorCost).thenComparingDouble(c -> -c.coverage))
        .forEach(c -> {
          double[] p = {c.floorCost, c.coverage};
          if (p[1] <= points.get(points.size() - 1)[1] + EPS) return;
          while (points.size() >= 2) {
            double[] a = points.get(points.size() - 2);
            double[] b = points.get(points.size() - 1);
            if ((b[1] - a[1]) * (p[0] - a[0]) <= (p[1] - a[1]) * (b[0] - a[0])) points.remove(points.size() - 1);
            else break;
          }
          points.add(p);
        });
    List<Step> out = new ArrayList<>();
    for (int j = 1; j < points.size(); j++) {
      out.add(new Step(member, points.get(j)[0] - points.get(j - 1)[0], points.get(j)[1] - points.get(j - 1)[1]));
    }
    return out;
  }

  private static double efficiency(Choice[] cs) {
    return cs.length == 0 ? 0 : cs[0].coverage / Math.max(cs[0].floorCost, 1e-6);
  }

  /** The position among the {@code position}th member's choices of its option {@code option} (-1: none). */
  private int internal(int position, int option) {
    for (int c = 0; c < choices[position].length; c++) if (choices[position][c].option == option) return c;
    return -1;
  }

  private record Choice(int option, int[] credentials, double[] costs, double coverage, double floorCost) {}

  private record Step(int member, double cost, double coverage) {}
}
