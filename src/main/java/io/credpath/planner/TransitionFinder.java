package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import io.credpath.planner.solver.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Suggests occupations a learner could move into. For "I work as X" (a profile naming its current occupation) the
 * candidates are ranked by {@link OccupationSimilarity}: X's full profile against each job's, symmetrically, with the SOC
 * family and the direction of the job zone and education change. Without a current occupation each job is ranked by
 * the cosine between its importance x level / 25 vector and the learner's held levels / 5 (profile skills plus what
 * held credentials teach). Catch-all codes ("..., All Other") and occupations without requirements are offered only when
 * asked for. Each suggestion says why it is close and what it adds ({@link TransitionReasons}), its job zone change, its
 * gap size, and for the top few the cheapest pathway's cost and weeks within the learner's budget, and the best-recognised one's
 * when the budget names a cost; gaps and
 * pathways are remembered per learner, target and week budget, since planning is the costly part.
 */
public final class TransitionFinder {
  private static final int REMEMBERED = 20_000;
  private final Catalog catalog;
  private final PathwayPlanner planner;
  private final GapAnalysis gaps;
  private final OccupationSimilarity similarity;
  private final TransitionReasons reasons;
  private final int planned;
  private final PlanningThreads threads;
  /** Whether the finder's gaps are the planner's (same policy), so a planned move's gap is analysed once, not twice. */
  private final boolean sameGaps;
  private final Remembered<Move, Planned> plannedMoves = new Remembered<>(REMEMBERED);
  /** Each current job's nearest occupations: ranking the whole catalogue is most of a repeated request's work. */
  private final Remembered<Nearest, List<OccupationSimilarity.Neighbour>> nearest = new Remembered<>(REMEMBERED);

  /**
   * {@code planned} is how many of the top occupations get a cheapest pathway; {@code similarity} is over {@code catalog}'s
   * occupations; a request's moves are planned side by side on {@code threads}.
   */
  public TransitionFinder(Catalog catalog, PathwayPlanner planner, NeedPolicy policy, OccupationSimilarity similarity, int planned,
      PlanningThreads threads) {
    this.catalog = catalog;
    this.planner = planner;
    this.gaps = new GapAnalysis(catalog, policy);
    this.similarity = similarity;
    this.reasons = new TransitionReasons(catalog, similarity);
    this.planned = planned;
    this.threads = threads;
    this.sameGaps = planner.analysesUnder(policy) && planner.catalog() == catalog;
  }

  /** A finder planning a request's moves one after another in the caller's thread. */
  public TransitionFinder(Catalog catalog, PathwayPlanner planner, NeedPolicy policy, OccupationSimilarity similarity, int planned) {
    this(catalog, planner, policy, similarity, planned, PlanningThreads.callerOnly());
  }

  /** A finder with its own similarity measure over {@code catalog} (the default weights). */
  public TransitionFinder(Catalog catalog, PathwayPlanner planner, NeedPolicy policy, int planned) {
    this(catalog, planner, policy, new OccupationSimilarity(catalog, OccupationSimilarity.Weights.DEFAULT), planned);
  }

  /**
   * One suggested occupation: its similarity, why it is close ({@code shares}: the most important items it shares with
   * the learner; {@code adds}: the most important it adds; {@code why}: both in a sentence), gap size, job zone and its
   * change from the current job's, and the cheapest pathway's cost and weeks.
   */
  public record Transition(String occupation, String title, double similarity, String why, List<String> shares,
      List<String> adds, int gapSize, OptionalInt jobZone, OptionalInt jobZoneChange, OptionalDouble cheapestCost,
      OptionalInt cheapestWeeks, OptionalDouble recognisedCost, OptionalInt recognisedWeeks) {
    public Transition {
      shares = List.copyOf(shares);
      adds = List.copyOf(adds);
    }
  }

  /** The {@code limit} occupations nearest to the profile, best first, leaving out catch-all codes and its current occupation. */
  public List<Transition> find(LearnerProfile profile, double hoursPerWeek, LocalDate start, int limit) {
    return find(profile, hoursPerWeek, start, limit, false);
  }

  /** As {@link #find(LearnerProfile, Budget, LocalDate, int, boolean)} with no budget but the hours per week. */
  public List<Transition> find(LearnerProfile profile, double hoursPerWeek, LocalDate start, int limit, boolean includeCatchAll) {
    return find(profile, new Budget(OptionalDouble.empty(), "USD", OptionalDouble.empty(), OptionalInt.empty(), hoursPerWeek), start,
        limit, includeCatchAll);
  }

  /**
   * The {@code limit} occupations nearest to the profile, best first; for the top few, the cheapest and the
   * best-recognised pathway within {@code budget}. {@code includeCatchAll} also offers catch-all codes and occupations
   * without requirements.
   */
  public List<Transition> find(LearnerProfile profile, Budget budget, LocalDate start, int limit, boolean includeCatchAll) {
    profile = planner.occupations().withCurrentResolved(profile);
    Optional<Occupation> current = profile.currentOccupation().map(catalog::occupation);
    record Scored(Occupation occupation, double similarity, TransitionReasons.Reasons reasons) {}
    List<Scored> top = new ArrayList<>();
    if (current.isPresent()) {
      int from = similarity.indexOf(current.get().id()).orElseThrow();
      List<Occupation> all = similarity.occupations();
      List<OccupationSimilarity.Neighbour> near = nearest.get(new Nearest(from, limit, includeCatchAll), () -> similarity.nearest(from,
          limit, b -> includeCatchAll || OccupationSimilarity.offeredByDefault(all.get(b))));
      for (OccupationSimilarity.Neighbour n : near) {
        Occupation o = all.get(n.index());
        top.add(new Scored(o, n.score(), reasons.between(current.get(), o)));
      }
    } else {
      Holdings held = gaps.holdings(profile);
      List<Occupation> ranked = new ArrayList<>();
      Map<String, Double> scores = new HashMap<>();
      for (Occupation o : catalog.occupations()) {
        if (!includeCatchAll && !OccupationSimilarity.offeredByDefault(o)) continue;
        ranked.add(o);
        scores.put(o.id(), cosine(held.skills(), o));
      }
      ranked.sort(Comparator.comparingDouble((Occupation o) -> scores.get(o.id())).reversed().thenComparing(Occupation::id));
      for (Occupation o : ranked.subList(0, Math.min(limit, ranked.size()))) {
        top.add(new Scored(o, scores.get(o.id()), reasons.forHoldings(o, held.skills())));
      }
    }
    // The moves are independent: planned side by side (the caller's thread and the planning threads), a learner's first
    // request waits for the slowest of them rather than their sum.
    LearnerProfile who = profile;
    List<Planned> plans = threads.each(java.util.stream.IntStream.range(0, top.size()).boxed().toList(),
        i -> planned(top.get(i).occupation(), who, budget, start, i < planned));
    List<Transition> out = new ArrayList<>();
    for (Scored s : top) {
      Occupation o = s.occupation();
      Planned p = plans.get(out.size());
      OptionalInt change = current.map(c -> OccupationSimilarity.zoneChange(c, o)).orElse(OptionalInt.empty());
      out.add(new Transition(o.id(), o.title(), Math.round(s.similarity() * 1000) / 1000.0, s.reasons().why(),
          s.reasons().shares(), s.reasons().adds(), p.gapSize(), o.jobZone(), change, p.cost(), p.weeks(), p.recognisedCost(),
          p.recognisedWeeks()));
    }
    return out;
  }

  /** A ranking asked for: from which occupation (by index), how many, and whether catch-all codes count. */
  private record Nearest(int from, int limit, boolean includeCatchAll) {}

  /** A move planned once: who, to where, at what pace and from when. */
  private record Move(String target, LearnerProfile profile, Budget budget, LocalDate start, boolean plan) {}

  private record Planned(int gapSize, OptionalDouble cost, OptionalInt weeks, OptionalDouble recognisedCost,
      OptionalInt recognisedWeeks) {
    static Planned unplanned(int gapSize) {
      return new Planned(gapSize, OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty());
    }
  }

  private Planned planned(Occupation o, LearnerProfile profile, Budget budget, LocalDate start, boolean plan) {
    return plannedMoves.get(new Move(o.id(), profile, budget, start, plan), () -> plan(o, profile, budget, start, plan));
  }

  /** The move's gap size and, when {@code plan}, its cheapest and best-recognised pathways' cost and weeks. */
  private Planned plan(Occupation o, LearnerProfile profile, Budget budget, LocalDate start, boolean plan) {
    Gap gap = gaps.analyse(o, profile);
    int gapSize = gap.items().size();
    if (gapSize == 0) return new Planned(0, OptionalDouble.of(0), OptionalInt.of(0), OptionalDouble.of(0), OptionalInt.of(0));
    if (!plan) return Planned.unplanned(gapSize);
    // The best-recognised pathway is the most recognised one the budget's money buys: without a cost limit there is no
    // such pathway to show (and searching for one without a limit ran to the work limit: 0.7-2 s for a mathematician's
    // move to data science, against 60 ms for the cheapest).
    boolean recognisedToo = budget.maxCost().isPresent();
    Preferences prefs = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, recognisedToo ? RECOGNISED_TOO : 1,
        OptionalDouble.empty(), false);
    PlanRequest request = new PlanRequest(o.id(), profile, budget, prefs, Optional.empty(), start);
    PlanResult r = sameGaps ? planner.planSummary(request, gap) : planner.planSummary(request);
    if (r.pathways().isEmpty()) return Planned.unplanned(gapSize);
    Pathway cheapest = labelled(r, "cheapest").orElse(r.pathways().get(0));
    Optional<Pathway> recognised = recognisedToo ? Optional.of(labelled(r, "best-recognised").orElse(cheapest)) : Optional.empty();
    return new Planned(gapSize, OptionalDouble.of(cheapest.totals().cost()), OptionalInt.of(cheapest.totals().weeks()),
        recognised.map(p -> OptionalDouble.of(p.totals().cost())).orElse(OptionalDouble.empty()),
        recognised.map(p -> OptionalInt.of(p.totals().weeks())).orElse(OptionalInt.empty()));
  }

  /** Alternatives asked of the planner: enough for the cheapest and the best-recognised to be told apart. */
  private static final int RECOGNISED_TOO = 3;

  private static Optional<Pathway> labelled(PlanResult r, String label) {
    return r.pathways().stream().filter(p -> java.util.Arrays.asList(p.label().split(", ")).contains(label)).findFirst();
  }

  private static double cosine(Map<String, Integer> held, Occupation o) {
    Map<String, Double> need = new HashMap<>();
    for (SkillRequirement r : o.requirements()) need.merge(r.skill(), r.importance() * r.level() / 25.0, Math::max);
    double dot = 0;
    double nn = 0;
    for (Map.Entry<String, Double> e : need.entrySet()) {
      nn += e.getValue() * e.getValue();
      dot += e.getValue() * held.getOrDefault(e.getKey(), 0) / 5.0;
    }
    double hh = 0;
    for (int level : held.values()) hh += (level / 5.0) * (level / 5.0);
    return nn == 0 || hh == 0 ? 0 : dot / Math.sqrt(nn * hh);
  }
}
