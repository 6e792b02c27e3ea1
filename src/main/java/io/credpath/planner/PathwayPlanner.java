package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.planner.solver.Objective;
import io.credpath.planner.solver.PathwayOptimizer;
import io.credpath.planner.solver.Solution;
import io.credpath.planner.solver.Work;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
  /** Search nodes for telling how much closing the whole gap would take without the budget. */
  static final long ADVICE_NODES = 200_000;
  private final Catalog catalog;
  private final PathwayRules rules;
  private final Clock clock;
  private final SearchLimits limits;
  private final TargetResolver targets;
  private final GapAnalysis gaps;
  private final NeedPolicy policy;
  private final CandidateSelector selector;
  /** Per tenant, its rules' {@link PathwayRules#standing} and the teachers of each skill in that order. */
  private final Map<String, ByStanding> byStanding = new java.util.concurrent.ConcurrentHashMap<>();
  private final io.credpath.catalog.OccupationRelevance relevance;
  /**
   * Each target's credit, by whether the learner's route's first steps are behind them: it depends on nothing else of a
   * request (a learner's licence route changes only its typical months), and it remembers what it judged of each
   * credential, so the targets many learners plan toward (transitions' nearest jobs, ladder rungs) are judged once.
   */
  private final Remembered<CreditKey, ItemCredit> credits = new Remembered<>(CREDITS_REMEMBERED);
  private static final int CREDITS_REMEMBERED = 512;

  private record CreditKey(String occupation, boolean firstStepsBehind) {}

  /** The skill index of one standing map, rebuilt when the rules answer another (they were reloaded). */
  private record ByStanding(Map<String, Double> standing, SkillIndex index) {}

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
    this.policy = policy;
    this.selector = new CandidateSelector(catalog, new SkillIndex(catalog, CandidateSelector.ORDERS), limits.candidatesPerSkill());
    this.relevance = new io.credpath.catalog.OccupationRelevance(catalog);
  }

  /**
   * Everything the optimiser needs for one request: the resolved target, its gap, the assessed candidates and the search
   * problem over them; {@code route} are the credentials the target's entry route names that the rules left
   * open to the learner (assessed beside the candidates, planned only when they are candidates too).
   */
  record SearchSetup(Occupation occupation, Gap gap, ItemCredit credit, PathwayRules.Assessment assessment, CandidateProblem problem,
      List<PlanResult.GapItem> items, List<Credential> kept, List<Credential> route) {}

  /**
   * The gap without the credential items whose every option counts in one place only, not the learner's (or whose
   * place is unknown): employers in Washington ask for its home care aide certification, most states for none or their
   * own, so without the learner's state it is not a need (held-out review #38 read a Washington-only pathway planned
   * for a personal care aide with no state given). The rules exclude such credentials as steps and say why.
   */
  private Gap placed(Gap gap, String region) {
    List<PlanResult.GapItem> items = gap.items().stream().filter(g -> !g.kind().equals(PlanResult.CREDENTIAL) || g.oneOf().isEmpty()
        || !g.oneOf().stream().allMatch(id -> catalog.findCredential(id).map(c -> c.countsOnlyElsewhere(region)).orElse(false)))
        .toList();
    return items.size() == gap.items().size() ? gap
        : new Gap(gap.occupation(), items, gap.general(), gap.holdings(), gap.pastFirstSteps());
  }

  /** Resolves, analyses, selects and assesses; unknown ids raise {@link io.credpath.catalog.UnknownIdException}. */
  SearchSetup prepare(PlanRequest request) {
    return prepare(request, Optional.empty());
  }

  /**
   * As {@link #prepare(PlanRequest)}; {@code analysed}, when given, is the gap of the request's target for the request's
   * profile under this planner's policy, used instead of analysing it again when the occupation planned is the one it was
   * analysed for (a learner's licence route can make it another).
   */
  private SearchSetup prepare(PlanRequest request, Optional<Gap> analysed) {
    Occupation occupation = forLearner(targets.resolve(request.target()), request.profile());
    // (the same record, not an equal one: forLearner answers the catalogue's own record when it changes nothing)
    Gap gap = placed(analysed.filter(g -> g.occupation() == occupation).orElseGet(() -> gaps.analyse(occupation, request.profile())),
        request.preferences().region());
    // The route's first steps are behind someone a year into a job they lead to, someone who holds the route's own
    // credential, and someone whose years open what the route names next (a welder of six years toward the CWI), as
    // the rules' Target has it.
    boolean firstStepsBehind = gap.pastFirstSteps() || occupation.entryRoute().map(r -> GapAnalysis.routeHeld(r,
        request.profile().heldCredentials()) || !GapAnalysis.nextSteps(catalog, r, request.profile()).isEmpty()).orElse(false);
    ItemCredit credit = credits.get(new CreditKey(occupation.id(), firstStepsBehind),
        () -> new ItemCredit(occupation, catalog, firstStepsBehind));
    List<Credential> candidates = selector.select(gap, credit, byStanding(request.tenant()));
    // The route's credentials are assessed too, so what a larger budget could add next is known to be open to the learner.
    List<Credential> routeNamed = routeCredentials(occupation, gap.holdings());
    List<Credential> assessed = new ArrayList<>(candidates);
    Set<String> candidateIds = new java.util.HashSet<>();
    for (Credential c : candidates) candidateIds.add(c.id());
    for (Credential c : routeNamed) if (!candidateIds.contains(c.id())) assessed.add(c);
    // What their issuers recommend first is assessed too: the rules may pair a professional credential with its base.
    Set<String> assessedIds = new java.util.HashSet<>();
    for (Credential c : assessed) assessedIds.add(c.id());
    for (Credential c : List.copyOf(assessed)) {
      c.recommends().ifPresent(r -> r.credentialIds().stream().filter(id -> !gap.holdings().credentials().contains(id))
          .filter(assessedIds::add).flatMap(id -> catalog.findCredential(id).stream()).forEach(assessed::add));
    }
    Set<String> ofField = new java.util.HashSet<>();
    for (Credential c : assessed) if (credit.ofField(c)) ofField.add(c.id());
    // What a credential item lists is on the field's route by our curators' word: an OSHA 10 card on a plumber's route
    // is not "a certificate about another field".
    for (PlanResult.GapItem g : gap.items()) if (g.kind().equals(PlanResult.CREDENTIAL)) ofField.addAll(g.oneOf());
    PathwayRules.Assessment assessment = rules.assess(request, occupation, assessed, ofField);
    Set<String> excluded = new java.util.HashSet<>();
    for (PlanResult.Excluded e : assessment.exclusions()) excluded.add(e.credential());
    List<Credential> open = new ArrayList<>(candidates.stream().filter(c -> !excluded.contains(c.id())).toList());
    // A base the rules pair with a professional credential is a candidate too, though it closes nothing itself.
    for (List<String> bases : assessment.baseFirst().values()) {
      for (String id : bases) {
        if (open.stream().noneMatch(c -> c.id().equals(id))) {
          assessed.stream().filter(c -> c.id().equals(id) && !excluded.contains(id)).findFirst().ifPresent(open::add);
        }
      }
    }
    List<Credential> kept = mostAboutTheTargetFirst(occupation, withBasesFirst(open, assessment));
    // The route's first steps are behind someone a year or more into a job they lead to (a carpenter's helper): what the
    // route names next is the route itself, not a newcomer's course.
    Set<String> behind = new java.util.HashSet<>();
    if (gap.pastFirstSteps()) occupation.entryRoute().ifPresent(r -> behind.addAll(r.firstSteps()));
    List<Credential> route = withBasesFirst(routeNamed.stream().filter(c -> !excluded.contains(c.id()) && !behind.contains(c.id()))
        .toList(), assessment);
    CandidateProblem problem = CandidateProblem.of(gap.items(), credit, kept, gap.holdings(), assessment.recognition(), request.budget(),
        assessment.experienceElsewhere(), policy::premiumOver);
    List<PlanResult.GapItem> items = new ArrayList<>();
    for (int g = 0; g < gap.items().size(); g++) {
      PlanResult.GapItem i = gap.items().get(g);
      int best = 0;
      for (Credential c : kept) best = Math.max(best, Math.min(5, credit.level(c, i)));
      items.add(i.withReach((problem.search.coverable & (1L << (2 * g))) != 0, i.kind().equals(PlanResult.CREDENTIAL) && best > 0 ? 1 : best));
    }
    items.addAll(gap.general());
    return new SearchSetup(occupation, gap, credit, assessment, problem, items, kept, route);
  }

  /** Each skill's teachers, best recognised first by {@code tenant}'s rules. */
  private SkillIndex byStanding(Optional<String> tenant) {
    Map<String, Double> standing = rules.standing(tenant);
    ByStanding known = byStanding.get(tenant.orElse(""));
    if (known != null && known.standing() == standing) return known.index();
    return byStanding.compute(tenant.orElse(""), (t, was) -> was != null && was.standing() == standing ? was
        : new ByStanding(standing, new SkillIndex(catalog, List.of(CandidateSelector.byStanding(standing))))).index();
  }

  /**
   * {@code kept} in a stable order, those most about the target first (the importance to it of what they really teach,
   * {@link io.credpath.catalog.OccupationRelevance#weightOnTarget}):
   * the search and the dominance filter break exact ties (same cost, same hours) by this order, so among equally cheap
   * and quick SQL courses a BI analyst gets the one on data analysis with SQL, not the one on a big-data platform that
   * happens to sort first by id.
   */
  private List<Credential> mostAboutTheTargetFirst(Occupation occupation, List<Credential> kept) {
    Map<String, Double> weight = new java.util.HashMap<>();
    for (Credential c : kept) weight.put(c.id(), relevance.weightOnTarget(c, occupation));
    List<Credential> out = new ArrayList<>(kept);
    out.sort(Comparator.comparingDouble((Credential c) -> -weight.get(c.id())));
    return out;
  }

  /**
   * {@code credentials} with each one the rules pair with a recommended base ({@link PathwayRules.Assessment#baseFirst})
   * asking for one of those bases besides its own prerequisites, so the search takes the base with it and the schedule
   * puts the base first (Security+ before PenTest+).
   */
  private static List<Credential> withBasesFirst(List<Credential> credentials, PathwayRules.Assessment assessment) {
    if (assessment.baseFirst().isEmpty()) return credentials;
    List<Credential> out = new ArrayList<>(credentials.size());
    for (Credential c : credentials) {
      List<String> bases = assessment.baseFirst().get(c.id());
      if (bases == null) {
        out.add(c);
        continue;
      }
      List<io.credpath.catalog.Requirement> each = bases.stream()
          .map(id -> (io.credpath.catalog.Requirement) new io.credpath.catalog.Requirement.HasCredential(id)).toList();
      io.credpath.catalog.Requirement base = each.size() == 1 ? each.get(0) : new io.credpath.catalog.Requirement.AnyOf(each);
      io.credpath.catalog.Requirement both = c.requires()
          .map(r -> (io.credpath.catalog.Requirement) new io.credpath.catalog.Requirement.AllOf(List.of(r, base))).orElse(base);
      out.add(c.withRequires(Optional.of(both)));
    }
    return out;
  }

  /**
   * {@code occupation} as its entry route stands for this learner: a licence route is long for newcomers because of the
   * years of work its licence asks for (the 360 days of boat time before a captain's licence); someone whose years in
   * their current job count toward every such licence of the route, and are enough, has that behind them, so for them
   * the route is the licence itself, which a pathway can include.
   */
  Occupation forLearner(Occupation occupation, LearnerProfile profile) {
    io.credpath.catalog.EntryRoute route = occupation.entryRoute().orElse(null);
    String current = profile.currentOccupation().orElse(null);
    if (route == null || current == null || !route.route().equals("licence") || !route.gated() || route.credentials().isEmpty()) {
      return occupation;
    }
    for (String id : route.credentials()) {
      Credential c = catalog.findCredential(id).orElse(null);
      if (c == null || c.requires().isEmpty()) return occupation;
      double[] years = {0};
      c.requires().get().forEachLeaf(leaf -> {
        if (leaf instanceof io.credpath.catalog.Requirement.HasExperience e) years[0] = Math.max(years[0], e.years());
      });
      if (years[0] == 0 || !c.inItsField(current) || profile.experienceYears() < years[0]) return occupation;
    }
    return occupation.withEntryRoute(Optional.of(route.withTypicalMonths(java.util.OptionalInt.of(io.credpath.catalog.EntryRoute.SHORT_MONTHS))));
  }

  /** The credentials the entry route of {@code occupation} names (its own, then its first steps), not held. */
  private List<Credential> routeCredentials(Occupation occupation, io.credpath.catalog.Holdings held) {
    java.util.Set<String> ids = occupation.entryRoute().map(io.credpath.catalog.EntryRoute::named).orElse(java.util.Set.of());
    List<Credential> out = new ArrayList<>();
    for (String id : ids) {
      catalog.findCredential(id).filter(c -> !held.credentials().contains(id)).ifPresent(out::add);
    }
    return out;
  }

  /** {@code request} with the learner's current job given by id (it may name it by title, as the target). */
  private PlanRequest withCurrentResolved(PlanRequest request) {
    LearnerProfile profile = targets.withCurrentResolved(request.profile());
    if (profile == request.profile()) return request;
    return new PlanRequest(request.target(), profile, request.budget(), request.preferences(), request.tenant(), request.startDate());
  }

  /** The occupation a title or id names in this planner's catalogue (as a target is resolved). */
  public TargetResolver occupations() {
    return targets;
  }

  /** The catalogue this planner plans over (a tenant's restricted view, or all of it). */
  public Catalog catalog() {
    return catalog;
  }

  /** The target and its skill gap for the request (with whether each item is coverable), without optimising. */
  public PlanResult gap(PlanRequest request) {
    SearchSetup setup = prepare(withCurrentResolved(request));
    PlanResult.Target target = new PlanResult.Target(setup.occupation().id(), setup.occupation().title());
    return new PlanResult(target, setup.items(), List.of(), List.of(), setup.assessment().notes());
  }

  /** Plans pathways for the request; see the package documentation for what "optimal" means. */
  public PlanResult plan(PlanRequest request) {
    return plan(request, true, Optional.empty());
  }

  /**
   * The same pathways as {@link #plan}, without the rules' second pass over each (no step reasons from it, no
   * suggestions, warnings or stacks earned, no notes on why nothing fits): what a summary of a move needs (its cost,
   * weeks and steps, for transitions and ladder rungs), at about a fifth less work.
   */
  public PlanResult planSummary(PlanRequest request) {
    return plan(request, false, Optional.empty());
  }

  /**
   * As {@link #planSummary(PlanRequest)}, given {@code analysed}: the gap of the request's target for the request's
   * profile, analysed under {@link #analysesUnder this planner's policy}. A finder that needs the gap anyway hands it in,
   * and it stands for the planner's own analysis where that would analyse the same: the profile unchanged (its current job
   * named by id and holding no licence the planner adds) and the target's record unchanged for the learner.
   */
  PlanResult planSummary(PlanRequest request, Gap analysed) {
    return plan(request, false, Optional.of(analysed));
  }

  /** Whether this planner analyses gaps under {@code policy} (so a gap analysed under it may be handed to {@link #planSummary(PlanRequest, Gap)}). */
  boolean analysesUnder(NeedPolicy policy) {
    return this.policy.equals(policy);
  }

  private PlanResult plan(PlanRequest request, boolean review, Optional<Gap> analysed) {
    LearnerProfile asked = request.profile();
    request = withCurrentResolved(request);
    // Someone working in a licensed job holds its licence: a working EMT is not sent to the EMT course.
    LearnerProfile licensed = CurrentJobLicences.withLicences(catalog, request.profile());
    if (licensed != request.profile()) {
      request = new PlanRequest(request.target(), licensed, request.budget(), request.preferences(), request.tenant(),
          request.startDate());
    }
    Work work = new Work(limits.searchNodes());
    SearchSetup setup = prepare(request, request.profile() == asked ? analysed : Optional.empty());
    PlanResult.Target target = new PlanResult.Target(setup.occupation().id(), setup.occupation().title());
    CandidateProblem problem = setup.problem();
    List<Reason> notes = new ArrayList<>(setup.assessment().notes());
    if (problem.search.coverable == 0) {
      if (review) notes.addAll(whyNoPathway(request, setup, Optional.empty(), new PathwayAssembler(request, setup, rules, true)));
      return new PlanResult(target, setup.items(), List.of(), setup.assessment().exclusions(), notes);
    }
    Objective primary = request.preferences().objective();
    List<Objective> order = new ArrayList<>(List.of(primary));
    if (request.preferences().alternatives() > 1) {
      for (Objective o : EnumSet.of(Objective.CHEAPEST, Objective.FASTEST, Objective.RECOGNISED)) if (o != primary) order.add(o);
    }
    PathwayAssembler assembler = new PathwayAssembler(request, setup, rules, review);
    List<ScheduledSolution> found = new ArrayList<>();
    List<ScheduledSolution> overTime = new ArrayList<>();
    boolean closes = false;
    for (int i = 0; i < order.size(); i++) {
      long share = i == 0 ? work.left() / 2 : work.left() / (order.size() - i);
      Optional<ScheduledSolution> c = solveWithinWeeks(request, setup, assembler, order.get(i), work.slice(Math.max(1, share)), overTime);
      c.ifPresent(found::add);
      closes |= c.isPresent() && order.get(i) != Objective.COVERAGE;
    }
    Optional<Solution> closing = Optional.empty();
    if (!closes && primary != Objective.COVERAGE) {
      solveWithinWeeks(request, setup, assembler, Objective.COVERAGE, work.slice(Math.max(1, work.left())), overTime)
          .ifPresent(found::add);
      // (what closing it all would take is read only by the rules' second pass, which a summary skips: no search for it)
      if (review) closing = closingWithoutBudget(request, setup);
    }
    // The best-recognised pathway also takes the route's other credentials that still fit (see withRouteCredentials).
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).solution().objective() == Objective.RECOGNISED) {
        int at = i;
        assembler.withRouteCredentials(found.get(i)).ifPresent(x -> found.set(at, x));
      }
    }
    // Nothing schedules within the week budget: show the closest ones, each warned that it runs over.
    if (found.isEmpty()) found.addAll(overTime);
    List<Solution> runs = found.stream().map(ScheduledSolution::solution).toList();
    List<Pathway> pathways = new ArrayList<>();
    for (ParetoLabels.Labelled l : new ParetoLabels(found, runs).choose(request.preferences().alternatives())) {
      pathways.add(assembler.pathway(l, closing));
    }
    if (pathways.isEmpty() && review) {
      notes.addAll(whyNoPathway(request, setup, closing.isPresent() ? closing : closingWithoutBudget(request, setup), assembler));
    }
    return new PlanResult(target, setup.items(), pathways, setup.assessment().exclusions(), notes);
  }

  /**
   * When nothing fits, the rules' second pass over an empty pathway: what stays open and why (what more budget would
   * buy, what no credential teaches, what the route names that the budget does fit), so the learner still gets an answer.
   */
  private List<Reason> whyNoPathway(PlanRequest request, SearchSetup setup, Optional<Solution> closing, PathwayAssembler assembler) {
    List<PlanResult.GapItem> planned = setup.items().stream().filter(PlanResult.GapItem::planned).toList();
    PathwayRules.PathwayDraft empty = new PathwayRules.PathwayDraft(setup.occupation(), "no pathway", List.of(),
        request.profile().heldCredentials(), 0, 0, 0, 0, 0, planned, setup.items(), java.util.Map.of(), java.util.Map.of(),
        closing.map(x -> x.costCents() / 100.0).orElse(-1.0), closing.map(Solution::weeks).orElse(0), java.util.Map.of(),
        java.util.Map.of(), assembler.routeOptions(List.of(), 0, 0));
    PathwayRules.Review review = rules.review(request, empty);
    List<Reason> out = new ArrayList<>(review.suggestions());
    out.addAll(review.warnings());
    return out;
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
  private Optional<ScheduledSolution> solveWithinWeeks(PlanRequest request, SearchSetup setup, PathwayAssembler assembler,
      Objective objective, Work work, List<ScheduledSolution> overTime) {
    Optional<Solution> s = new PathwayOptimizer(setup.problem().search, objective, work.slice(Math.max(1, work.left() / 2))).solve();
    if (s.isEmpty()) return Optional.empty();
    ScheduledSolution first = assembler.scheduled(s.get(), setup.problem());
    OptionalInt maxWeeks = request.budget().maxWeeks();
    if (maxWeeks.isEmpty() || first.schedule().weeks() <= maxWeeks.getAsInt()) return Optional.of(first);
    int weeks = maxWeeks.getAsInt();
    // Without one credential an item may no longer be coverable at all: a pathway that closes the gap must still close
    // every item the first one did (best coverage may trade items away; that is its objective).
    long mustCover = objective == Objective.COVERAGE ? 0 : first.solution().coveredImportance();
    Predicate<ScheduledSolution> fits =
        c -> c.schedule().weeks() <= weeks && c.solution().coveredImportance() >= mustCover;
    ScheduledSolution over = first;
    int limit = weeks;
    for (int round = 0; round < WEEK_RETRIES; round++) {
      List<ScheduledSolution> fitting = new ArrayList<>();
      List<Credential> longest = over.credentials().stream()
          .sorted(Comparator.comparingDouble(Credential::hours).reversed().thenComparing(Credential::id))
          .limit(WEEK_REPAIR_DROPS).toList();
      for (Credential left : longest) {
        List<Credential> without = setup.kept().stream().filter(k -> k != left).toList();
        resolve(setup, assembler, objective, work, without, request.budget()).filter(fits).ifPresent(fitting::add);
      }
      limit -= over.schedule().weeks() - weeks;
      Optional<ScheduledSolution> cut = limit < 1 ? Optional.empty()
          : resolve(setup, assembler, objective, work, setup.kept(), request.budget().withMaxWeeks(limit));
      cut.filter(fits).ifPresent(fitting::add);
      Optional<ScheduledSolution> best = fitting.stream().min((x, y) -> Arrays.compare(x.key(objective), y.key(objective)));
      if (best.isPresent()) return best;
      if (cut.isEmpty()) break;
      over = cut.get();
    }
    overTime.add(first);
    return Optional.empty();
  }

  /** {@code objective} solved over {@code pool} within {@code budget}, scheduled and marked not proven optimal. */
  private Optional<ScheduledSolution> resolve(SearchSetup setup, PathwayAssembler assembler, Objective objective, Work work,
      List<Credential> pool, Budget budget) {
    CandidateProblem p = CandidateProblem.of(setup.gap().items(), setup.credit(), pool, setup.gap().holdings(), setup.assessment().recognition(),
        budget, setup.assessment().experienceElsewhere(), policy::premiumOver);
    return new PathwayOptimizer(p.search, objective, work.slice(Math.max(1, work.left() / 4))).solve()
        .map(t -> assembler.scheduled(t.as(objective, false), p));
  }

  /** The cheapest set that closes everything the catalogue can teach, ignoring the budget (for the rules' advice). */
  private Optional<Solution> closingWithoutBudget(PlanRequest request, SearchSetup setup) {
    Budget b = request.budget();
    Budget open = new Budget(OptionalDouble.empty(), b.currency(), OptionalDouble.empty(), OptionalInt.empty(), b.hoursPerWeek());
    CandidateProblem unbounded = CandidateProblem.of(setup.gap().items(), setup.credit(), setup.kept(), setup.gap().holdings(),
        setup.assessment().recognition(), open, setup.assessment().experienceElsewhere(), policy::premiumOver);
    return new PathwayOptimizer(unbounded.search, Objective.CHEAPEST, ADVICE_NODES).solve();
  }
}
