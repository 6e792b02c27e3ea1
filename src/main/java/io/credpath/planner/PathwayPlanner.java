package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans pathways to a target occupation: gap analysis, candidate selection, the rules' first pass, the exact
 * optimiser (cheapest, fastest, best-recognised, best coverage when the budget cannot close the gap), the
 * rules' second pass and the week-by-week schedule. Thread-safe: one instance serves all requests.
 */
public final class PathwayPlanner {
  /** How many rounds of solving again an objective whose schedule runs over the week budget gets. */
  static final int WEEK_RETRIES = 3;
  /** How many of an over-running set's longest credentials are each tried without, per round. */
  static final int WEEK_REPAIR_DROPS = 3;
  private final Catalog catalog;
  private final PathwayRules rules;
  private final Clock clock;
  private final SearchLimits limits;
  private final TargetResolver targets;
  private final GapAnalysis gaps;
  private final CandidateSelector selector;

  public PathwayPlanner(Catalog catalog, PathwayRules rules, NeedPolicy policy, Clock clock) {
    this(catalog, rules, policy, clock, SearchLimits.defaults());
  }

  public PathwayPlanner(Catalog catalog, PathwayRules rules, NeedPolicy policy, Clock clock, SearchLimits limits) {
    this.catalog = catalog;
    this.rules = rules;
    this.clock = clock;
    this.limits = limits;
    this.targets = new TargetResolver(catalog);
    this.gaps = new GapAnalysis(catalog, policy);
    this.selector = new CandidateSelector(catalog, new SkillIndex(catalog, CandidateSelector.ORDERS), limits.candidatesPerSkill());
  }

  /** Everything the optimiser needs for one request, before optimising. */
  record Prepared(Occupation occupation, Gap gap, PathwayRules.Assessment assessment, SearchProblem problem,
      List<PlanResult.GapItem> items, List<Credential> kept) {}

  /** Resolves, analyses, selects and assesses; unknown ids raise {@link io.credpath.catalog.UnknownIdException}. */
  Prepared prepare(PlanRequest request) {
    Occupation occupation = targets.resolve(request.target());
    Gap gap = gaps.analyse(occupation, request.profile());
    List<Credential> candidates = selector.select(gap);
    PathwayRules.Assessment assessment = rules.assess(request, candidates);
    Set<String> excluded = new java.util.HashSet<>();
    for (PlanResult.Excluded e : assessment.exclusions()) excluded.add(e.credential());
    List<Credential> kept = candidates.stream().filter(c -> !excluded.contains(c.id())).toList();
    SearchProblem problem = SearchProblem.of(gap.items(), kept, gap.holdings(), assessment.recognition(), request.budget());
    List<PlanResult.GapItem> items = new ArrayList<>();
    for (int g = 0; g < gap.items().size(); g++) {
      PlanResult.GapItem i = gap.items().get(g);
      items.add(new PlanResult.GapItem(i.skill(), i.name(), i.requiredLevel(), i.heldLevel(), i.importance(), i.essential(),
          (problem.coverable & (1L << g)) != 0));
    }
    return new Prepared(occupation, gap, assessment, problem, items, kept);
  }

  /** The catalogue this planner plans over (a tenant's restricted view, or all of it). */
  public Catalog catalog() {
    return catalog;
  }

  /** The target and its skill gap for the request (with whether each item is coverable), without optimising. */
  public PlanResult gap(PlanRequest request) {
    Prepared prep = prepare(request);
    PlanResult.Target target = new PlanResult.Target(prep.occupation().id(), prep.occupation().title());
    return new PlanResult(target, prep.items(), List.of(), List.of());
  }

  /** Plans pathways for the request; see the package documentation for what "optimal" means. */
  public PlanResult plan(PlanRequest request) {
    long deadline = clock.millis() + limits.timeLimit().toMillis();
    Prepared prep = prepare(request);
    PlanResult.Target target = new PlanResult.Target(prep.occupation().id(), prep.occupation().title());
    SearchProblem problem = prep.problem();
    if (problem.coverable == 0) return new PlanResult(target, prep.items(), List.of(), prep.assessment().exclusions());
    Objective primary = request.preferences().objective();
    List<Objective> order = new ArrayList<>(List.of(primary));
    if (request.preferences().alternatives() > 1) {
      for (Objective o : EnumSet.of(Objective.CHEAPEST, Objective.FASTEST, Objective.RECOGNISED)) if (o != primary) order.add(o);
    }
    PathwayAssembler assembler = new PathwayAssembler(request, prep, rules);
    List<Candidate> found = new ArrayList<>();
    List<Candidate> overTime = new ArrayList<>();
    boolean closes = false;
    for (int i = 0; i < order.size(); i++) {
      long now = clock.millis();
      long slice = i == 0 ? (deadline - now) / 2 : (deadline - now) / (order.size() - i);
      Optional<Candidate> c = solveWithinWeeks(request, prep, assembler, order.get(i), now + Math.max(1, slice), overTime);
      c.ifPresent(found::add);
      closes |= c.isPresent() && order.get(i) != Objective.COVERAGE;
    }
    List<Reason> advice = new ArrayList<>();
    if (!closes && primary != Objective.COVERAGE) {
      solveWithinWeeks(request, prep, assembler, Objective.COVERAGE, Math.max(deadline, clock.millis() + 1), overTime)
          .ifPresent(found::add);
      advice.add(budgetAdvice(request, prep));
    }
    // Nothing schedules within the week budget: show the closest ones, each warned that it runs over.
    if (found.isEmpty()) found.addAll(overTime);
    List<Solution> runs = found.stream().map(Candidate::solution).toList();
    List<Pathway> pathways = new ArrayList<>();
    for (ParetoLabels.Labelled l : new ParetoLabels(found, runs).choose(request.preferences().alternatives())) {
      pathways.add(assembler.pathway(l, advice));
    }
    return new PlanResult(target, prep.items(), pathways, prep.assessment().exclusions());
  }

  /**
   * The optimum for {@code objective}, scheduled, whose week-by-week schedule fits the week budget. The optimiser
   * counts weeks as max(critical path, total hours / hours per week), a lower bound: loads, minimum lengths and
   * sessions do not always pack, and about one pathway in eleven scheduled a week or more over. When that happens
   * the objective is solved again, up to {@value #WEEK_RETRIES} rounds, both without each of the over-running set's
   * {@value #WEEK_REPAIR_DROPS} longest credentials in turn (same budget) and with the week budget cut by the
   * overrun; the best of those whose schedules fit is taken, or the cut one is repaired in the next round. A pathway found so is the best that fits
   * among those tried, not proven optimal. One that never fits is left in {@code overTime}.
   */
  private Optional<Candidate> solveWithinWeeks(PlanRequest request, Prepared prep, PathwayAssembler assembler,
      Objective objective, long deadline, List<Candidate> overTime) {
    Optional<Solution> s = new PathwayOptimizer(prep.problem(), objective, clock, deadline).solve();
    if (s.isEmpty()) return Optional.empty();
    Candidate first = assembler.candidate(s.get(), prep.problem());
    OptionalInt maxWeeks = request.budget().maxWeeks();
    if (maxWeeks.isEmpty() || first.schedule().weeks() <= maxWeeks.getAsInt()) return Optional.of(first);
    int weeks = maxWeeks.getAsInt();
    // Without one credential an item may no longer be coverable at all: a pathway that closes the gap must still close
    // every item the first one did (best coverage may trade items away; that is its objective).
    long mustCover = objective == Objective.COVERAGE ? 0 : first.solution().coveredImportance();
    Predicate<Candidate> fits =
        c -> c.schedule().weeks() <= weeks && c.solution().coveredImportance() >= mustCover;
    Candidate over = first;
    int limit = weeks;
    for (int round = 0; round < WEEK_RETRIES; round++) {
      List<Candidate> fitting = new ArrayList<>();
      List<Credential> longest = over.credentials().stream()
          .sorted(Comparator.comparingDouble(Credential::hours).reversed().thenComparing(Credential::id))
          .limit(WEEK_REPAIR_DROPS).toList();
      for (Credential left : longest) {
        List<Credential> without = prep.kept().stream().filter(k -> k != left).toList();
        resolve(prep, assembler, objective, deadline, without, request.budget()).filter(fits).ifPresent(fitting::add);
      }
      limit -= over.schedule().weeks() - weeks;
      Optional<Candidate> cut = limit < 1 ? Optional.empty()
          : resolve(prep, assembler, objective, deadline, prep.kept(), request.budget().withMaxWeeks(limit));
      cut.filter(fits).ifPresent(fitting::add);
      Optional<Candidate> best = fitting.stream().min((x, y) -> Arrays.compare(x.key(objective), y.key(objective)));
      if (best.isPresent()) return best;
      if (cut.isEmpty()) break;
      over = cut.get();
    }
    overTime.add(first);
    return Optional.empty();
  }

  /** {@code objective} solved over {@code pool} within {@code budget}, scheduled and marked not proven optimal. */
  private Optional<Candidate> resolve(Prepared prep, PathwayAssembler assembler, Objective objective, long deadline,
      List<Credential> pool, Budget budget) {
    SearchProblem p = SearchProblem.of(prep.gap().items(), pool, prep.gap().holdings(), prep.assessment().recognition(), budget);
    return new PathwayOptimizer(p, objective, clock, Math.max(deadline, clock.millis() + 1)).solve()
        .map(t -> assembler.candidate(t.as(objective, false), p));
  }

  /** Says the budget cannot close the gap, and what closing it would take without the budget. */
  private Reason budgetAdvice(PlanRequest request, Prepared prep) {
    Budget b = request.budget();
    Budget open = new Budget(OptionalDouble.empty(), b.currency(), OptionalDouble.empty(), OptionalInt.empty(), b.hoursPerWeek());
    SearchProblem unbounded = SearchProblem.of(prep.gap().items(), prep.kept(), prep.gap().holdings(),
        prep.assessment().recognition(), open);
    Optional<Solution> cheapest = new PathwayOptimizer(unbounded, Objective.CHEAPEST, clock, clock.millis() + 200).solve();
    String text = "The budget cannot close the whole skill gap; this pathway closes as much of it as the budget allows.";
    if (cheapest.isPresent()) {
      Solution s = cheapest.get();
      text += String.format(" Closing every coverable skill needs at least %s %.2f and %d weeks at %.0f hours a week.",
          b.currency(), s.costCents() / 100.0, s.weeks(), b.hoursPerWeek());
    }
    return new Reason("planner.budget", text);
  }
}
