package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.EntryRoute;
import io.credpath.catalog.LadderPaths;
import io.credpath.catalog.Occupation;
import io.credpath.planner.solver.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Career ladders: when a target is far from the learner's current job (no pathway within the budget closes its gap, its
 * entry route is a degree, licence or apprenticeship the learner has not passed, or it is two or more job zones up),
 * the ladders of two or three moves through jobs in between, each rung reachable with a pathway the planner gives.
 *
 * <p>The jobs in between are those nearest to the current job and those nearest to the target
 * ({@link OccupationSimilarity}), between the two in job zone. Each move between them is first weighed from the
 * similarity alone ({@link #estimate}), the {@link LadderPaths} search (Yen's k-shortest paths over the occupation
 * graph) picks the lightest {@value #SEARCHED} ladders, and each of their rungs is then planned for the learner as they
 * will stand on it: working in the previous rung's job (the learner's own years for the first move,
 * {@value #YEARS_PER_RUNG} years for later ones) and holding what the earlier rungs' pathways earned. Ladders are
 * ranked by their planned weight ({@link #weight}) and the lightest are answered.
 */
public final class LadderFinder {
  /** How many jobs near each end are considered as rungs. */
  static final int NEAR = 15;
  /** How alike two jobs must be for years in one to count toward a job entered by experience in a related one. */
  static final double RELATED = 0.2;
  /** The most a job in between weighs for being outside the target's field. */
  static final double FIELD_WEIGHT = 3;
  /**
   * How much closer to the target a job in between must be than the current job: this share of the way, in similarity,
   * from the current job's to a perfect match (a rung that brings the learner barely nearer is a detour).
   */
  static final double CLOSER = 0.25;
  /** How many ladders the graph search proposes before their rungs are planned. */
  static final int SEARCHED = 5;
  /** The years someone is taken to work in a rung's job before the next move. */
  static final double YEARS_PER_RUNG = 2;
  /** Weeks a gated route takes when its curators give no typical length. */
  private static final int UNKNOWN_ROUTE_WEEKS = 104;
  private static final int REMEMBERED = 20_000;
  private final Catalog catalog;
  private final PathwayPlanner planner;
  private final OccupationSimilarity similarity;
  private final LadderPaths paths;
  private final PlanningThreads threads;
  /** Per occupation, the level it requires of each skill, knowledge area and tool. */
  private final Map<String, Map<String, Integer>> levels = new java.util.HashMap<>();
  private final Remembered<Key, Rung> planned = new Remembered<>(REMEMBERED);

  /**
   * {@code similarity} is over {@code catalog}'s occupations; {@code planner} plans over the same catalogue; a request's
   * proposed ladders are planned side by side on {@code threads}.
   */
  public LadderFinder(Catalog catalog, PathwayPlanner planner, OccupationSimilarity similarity, LadderPaths paths,
      PlanningThreads threads) {
    this.catalog = catalog;
    this.planner = planner;
    this.similarity = similarity;
    this.paths = paths;
    this.threads = threads;
    for (Occupation o : similarity.occupations()) {
      Map<String, Integer> has = new java.util.HashMap<>();
      for (io.credpath.catalog.SkillRequirement r : o.requirements()) has.merge(r.skill(), r.level(), Math::max);
      levels.put(o.id(), has);
    }
  }

  /** A finder planning a request's ladders one after another in the caller's thread. */
  public LadderFinder(Catalog catalog, PathwayPlanner planner, OccupationSimilarity similarity, LadderPaths paths) {
    this(catalog, planner, similarity, paths, PlanningThreads.callerOnly());
  }

  /**
   * One move of a ladder, into {@code occupation}: its similarity to the job before, the job zone change, the gap left
   * for the learner as they stand then, and the cheapest pathway within the budget ({@code credentials} by title, empty
   * when none is planned); {@code closes} whether that pathway closes every need a pathway can close; {@code route} the
   * entry route's summary when it is a degree, licence or apprenticeship no pathway stands in for, with its typical
   * length in {@code routeMonths}; {@code why} says it in a sentence.
   */
  public record Rung(String occupation, String title, OptionalInt jobZone, OptionalInt jobZoneChange, double similarity,
      int gapSize, int openNeeds, boolean closes, OptionalDouble cost, OptionalInt weeks, List<String> credentials,
      List<String> credentialIds, Optional<String> route, OptionalInt routeMonths, String why) {
    public Rung {
      credentials = List.copyOf(credentials);
      credentialIds = List.copyOf(credentialIds);
    }

    /** Whether a pathway within the budget gets the learner into this job, or nothing needs buying, and no long route gates it. */
    public boolean reachable() {
      return route.isEmpty() && (!credentials.isEmpty() || closes && openNeeds == 0);
    }
  }

  /** A ladder: its rungs in order (the last is the target), their summed cost and weeks, and its weight (lower is better). */
  public record Ladder(List<Rung> rungs, double totalCost, int totalWeeks, double weight) {
    public Ladder {
      rungs = List.copyOf(rungs);
    }
  }

  /**
   * The answer: the direct move to the target, whether the target is far and why ({@code farBecause}, empty when it is
   * not), and the ladders, best first (empty when the target is near or no job in between is within reach).
   */
  public record Answer(String current, String target, Rung direct, boolean far, List<String> farBecause, List<Ladder> ladders) {
    public Answer {
      farBecause = List.copyOf(farBecause);
      ladders = List.copyOf(ladders);
    }
  }

  /**
   * The ladders from the learner's current job (it must name one) to {@code target}, at most {@code limit}, each move
   * planned within {@code budget}.
   */
  public Answer find(LearnerProfile profile, String target, Budget budget, LocalDate start, int limit) {
    profile = planner.occupations().withCurrentResolved(profile);
    Occupation current = catalog.occupation(profile.currentOccupation()
        .orElseThrow(() -> new IllegalArgumentException("a ladder starts from the learner's current occupation; name it")));
    Occupation goal = planner.occupations().resolve(target);
    Rung direct = rung(current, goal, profile, budget, start);
    List<String> far = farBecause(current, direct);
    if (far.isEmpty()) return new Answer(current.id(), goal.id(), direct, false, far, List.of());
    // The proposed ladders are planned side by side (the planner is safe to share; each ladder's rungs go in order),
    // first rungs first: a ladder whose first job is out of reach is not planned further.
    LearnerProfile learner = profile;
    List<LadderPaths.Ladder> proposed = paths.lightest(current.id(), goal.id(), moves(current, goal), SEARCHED);
    List<Boolean> firstReachable = threads.each(proposed, p -> rung(current, catalog.occupation(p.occupations().get(1)), learner,
        budget, start).reachable());
    List<LadderPaths.Ladder> open = new ArrayList<>();
    for (int i = 0; i < proposed.size(); i++) if (firstReachable.get(i)) open.add(proposed.get(i));
    List<Ladder> ladders = new ArrayList<>(threads.each(open, p -> planned(p.occupations(), learner, budget, start)));
    // Each job in between is within reach when the learner gets there: not another degree or long licence, nor one no
    // pathway reaches. Only the target may be entered through a long route.
    ladders.removeIf(l -> l.rungs().subList(0, l.rungs().size() - 1).stream().anyMatch(r -> !r.reachable()));
    ladders.sort(Comparator.comparingDouble(Ladder::weight).thenComparing(l -> l.rungs().get(0).occupation()));
    return new Answer(current.id(), goal.id(), direct, true, far, ladders.subList(0, Math.min(limit, ladders.size())));
  }

  /** Why the target is far for the learner, in plain words; empty when a pathway within the budget reaches it. */
  private static List<String> farBecause(Occupation current, Rung direct) {
    List<String> out = new ArrayList<>();
    direct.route().ifPresent(r -> out.add("its entry route is " + r + direct.routeMonths().stream()
        .mapToObj(m -> " (typically " + m + " months)").findFirst().orElse("")));
    if (direct.route().isEmpty() && !direct.closes()) {
      out.add(direct.credentials().isEmpty() ? "no pathway within the budget reaches it"
          : "the best pathway within the budget leaves " + direct.openNeeds() + " of its needs open");
    }
    direct.jobZoneChange().ifPresent(dz -> {
      if (dz >= 2) out.add("it is " + dz + " job zones above " + current.title() + " (more preparation than one move usually bridges)");
    });
    return out;
  }

  /** The moves a ladder may make, each weighed from similarity and job zones alone. */
  private List<LadderPaths.Move> moves(Occupation current, Occupation goal) {
    int from = similarity.indexOf(current.id()).orElseThrow();
    int to = similarity.indexOf(goal.id()).orElseThrow();
    List<Occupation> all = similarity.occupations();
    // A ladder climbs: the jobs in between are from the current job's zone up to the target's, the first of them at most
    // one zone up, each with a known job zone and a good part of the way nearer the target than the current job is
    // ({@link #CLOSER}, {@link #builds}).
    int low = Math.min(zone(current), zone(goal));
    int high = Math.max(zone(current), zone(goal));
    int firstHigh = Math.min(high, zone(current) + 1);
    Map<String, Want> wanted = wanted(goal);
    double start = builds(current, wanted);
    double alike = similarity.score(from, to);
    double[] fromStart = new double[all.size()];
    double[] toTarget = new double[all.size()];
    List<Integer> eligible = new ArrayList<>();
    for (int b = 0; b < all.size(); b++) {
      Occupation o = all.get(b);
      if (b == from || b == to || !OccupationSimilarity.offeredByDefault(o) || o.jobZone().isEmpty()) continue;
      if (zone(o) < low || zone(o) > high) continue;
      toTarget[b] = similarity.score(b, to);
      boolean nearer = toTarget[b] >= alike + CLOSER * (1 - alike) || builds(o, wanted) >= start + CLOSER * (1 - start);
      if (!nearer) continue;
      fromStart[b] = similarity.score(from, b);
      eligible.add(b);
    }
    // First rungs near the current job, second rungs near the target; either may be the only rung.
    List<Integer> first = nearest(eligible.stream().filter(b -> zone(all.get(b)) <= firstHigh).toList(), fromStart);
    List<Integer> second = nearest(eligible, toTarget);
    Set<Integer> between = new LinkedHashSet<>(first);
    between.addAll(second);
    List<LadderPaths.Move> out = new ArrayList<>();
    for (int m : between) {
      String rungId = all.get(m).id();
      // (a first rung is at most one zone up, whichever list brought it)
      if (zone(all.get(m)) <= firstHigh) {
        out.add(new LadderPaths.Move(current.id(), rungId, estimate(fromStart[m], current, all.get(m)) + outsideTheField(rungId, goal.id())));
      }
      out.add(new LadderPaths.Move(rungId, goal.id(), estimate(toTarget[m], all.get(m), goal)));
    }
    for (int m : first) {
      for (int n : second) {
        if (n != m && zone(all.get(n)) >= zone(all.get(m))) {
          out.add(new LadderPaths.Move(all.get(m).id(), all.get(n).id(),
              estimate(similarity.score(m, n), all.get(m), all.get(n)) + outsideTheField(all.get(n).id(), goal.id())));
        }
      }
    }
    return out;
  }

  /**
   * What is particular to {@code target} (its requirements of importance 3 or more that most jobs do not share): each
   * one's level and importance.
   */
  private static Map<String, Want> wanted(Occupation target) {
    Map<String, Want> out = new java.util.HashMap<>();
    for (io.credpath.catalog.SkillRequirement r : target.requirements()) {
      if (r.importance() >= 3 && !r.general()) out.merge(r.skill(), new Want(r.level(), r.importance()), (a, b) -> a.level() >= b.level() ? a : b);
    }
    return out;
  }

  private record Want(int level, double importance) {}

  /**
   * How much of what is particular to the target ({@link #wanted}) a job already builds, 0..1: each requirement weighed
   * by its importance, met in the share of its level the job requires. A job in between is either a good part more
   * alike the target than the current job ({@link OccupationSimilarity}) or builds a good part more of it: a teaching
   * assistant builds much of a teacher's instruction, which a childcare job builds less of.
   */
  private double builds(Occupation job, Map<String, Want> wanted) {
    Map<String, Integer> has = levels.get(job.id());
    double met = 0;
    double all = 0;
    for (Map.Entry<String, Want> w : wanted.entrySet()) {
      all += w.getValue().importance();
      met += w.getValue().importance() * Math.min(1.0, has.getOrDefault(w.getKey(), 0) / (double) w.getValue().level());
    }
    return all == 0 ? 0 : met / all;
  }

  /** The {@value #NEAR} of {@code candidates} scoring highest, best first (ties by id). */
  private List<Integer> nearest(List<Integer> candidates, double[] score) {
    List<Occupation> all = similarity.occupations();
    return candidates.stream()
        .sorted(Comparator.comparingDouble((Integer b) -> -score[b]).thenComparing(b -> all.get(b).id()))
        .limit(NEAR).toList();
  }

  /**
   * How far apart two jobs of this similarity are, for a ladder: six times the square of their dissimilarity, so two
   * moderate moves weigh less than one long one (a warehouse worker reaches network administration through IT support
   * more easily than in one jump), while near-identical moves still cost their one point each.
   */
  static double distance(double similarity) {
    double d = 1 - Math.max(0, Math.min(1, similarity));
    return 6 * d * d;
  }

  /**
   * What a job in between weighs for being outside the target's field: none in the target's SOC broad occupation, and
   * up to {@value #FIELD_WEIGHT} points as it shares less of its SOC family ({@link OccupationSimilarity#family}). A job
   * in the target's own group is a rung of that field's ladder (employers there hire and promote from it: IT support
   * before network administration, a preschool teacher before an elementary teacher); a job elsewhere that happens to
   * share skills is a detour.
   */
  static double outsideTheField(String rung, String target) {
    return FIELD_WEIGHT * (1 - Math.min(1, OccupationSimilarity.family(rung, target) / 0.75));
  }

  /** A move's weight before planning: one per move, more the less alike the jobs, more for each job zone beyond one. */
  private static double estimate(double similarity, Occupation a, Occupation b) {
    int dz = zone(b) - zone(a);
    return 1 + distance(similarity) + 2 * Math.max(0, dz - 1);
  }


  /** The proposed ladder with each rung planned for the learner as they will stand on it. */
  private Ladder planned(List<String> occupations, LearnerProfile profile, Budget budget, LocalDate start) {
    List<Rung> rungs = new ArrayList<>();
    // On later rungs the learner's schooling is what it was: a job in between reached with short credentials brings no
    // degree, so a degree route stays gated whatever that job's zone.
    OptionalInt schooling = profile.education().isPresent() ? profile.education()
        : catalog.occupation(occupations.get(0)).education().map(e -> OptionalInt.of(e.level())).orElse(OptionalInt.empty());
    LearnerProfile standing = profile;
    double cost = 0;
    int weeks = 0;
    double weight = 0;
    for (int i = 1; i < occupations.size(); i++) {
      Occupation from = catalog.occupation(occupations.get(i - 1));
      Occupation to = catalog.occupation(occupations.get(i));
      Rung r = rung(from, to, standing, budget, start);
      rungs.add(r);
      cost += r.cost().orElse(0);
      weeks += r.route().isPresent() ? routeWeeks(r) : r.weeks().orElse(0);
      weight += weight(r, budget) + (i < occupations.size() - 1 ? outsideTheField(to.id(), occupations.get(occupations.size() - 1)) : 0);
      List<String> held = new ArrayList<>(standing.heldCredentials());
      r.credentialIds().stream().filter(id -> !held.contains(id)).forEach(held::add);
      standing = new LearnerProfile(held, standing.heldSkills(), YEARS_PER_RUNG, Optional.of(to.id()), schooling);
    }
    return new Ladder(rungs, Math.round(cost * 100) / 100.0, weeks, Math.round(weight * 1000) / 1000.0);
  }

  /**
   * A planned move's weight: one per move; more the less alike the jobs ({@link #distance}); the share of the budget's money and weeks it
   * takes; a point per need its pathway leaves open and four more when no pathway reaches it at all; a gated route counts
   * its length in weeks against the budget's and three points besides; two points per job zone beyond one.
   */
  static double weight(Rung r, Budget budget) {
    double maxCost = budget.maxCost().orElse(1000);
    double maxWeeks = budget.maxWeeks().orElse(52);
    double w = 1 + distance(r.similarity()) + r.cost().orElse(0) / Math.max(1, maxCost) + r.openNeeds();
    if (r.route().isEmpty() && !r.reachable()) w += 4;
    w += r.route().isPresent() ? 3 + routeWeeks(r) / maxWeeks : r.weeks().orElse(0) / maxWeeks;
    w += 2 * Math.max(0, r.jobZoneChange().orElse(0) - 1);
    return w;
  }

  private static int routeWeeks(Rung r) {
    return r.routeMonths().isPresent() ? (int) Math.round(r.routeMonths().getAsInt() * 52 / 12.0) : UNKNOWN_ROUTE_WEEKS;
  }

  private record Key(String from, String to, LearnerProfile profile, Budget budget, LocalDate start) {}

  /** The move from {@code from} to {@code to} for someone standing as {@code profile}, planned once. */
  private Rung rung(Occupation from, Occupation to, LearnerProfile profile, Budget budget, LocalDate start) {
    return planned.get(new Key(from.id(), to.id(), profile, budget, start), () -> plan(from, to, profile, budget, start));
  }

  private Rung plan(Occupation from, Occupation to, LearnerProfile profile, Budget budget, LocalDate start) {
    Preferences prefs = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, 1, OptionalDouble.empty(), false);
    PlanResult result = planner.planSummary(new PlanRequest(to.id(), profile, budget, prefs, Optional.empty(), start));
    List<PlanResult.GapItem> needs = result.gap().stream().filter(PlanResult.GapItem::planned).toList();
    Optional<Pathway> best = result.pathways().stream().findFirst();
    Set<String> closed = new java.util.HashSet<>();
    best.ifPresent(p -> p.steps().forEach(s -> closed.addAll(s.closes())));
    int open = (int) needs.stream().filter(g -> !closed.contains(g.skill())).count();
    boolean closes = needs.stream().filter(PlanResult.GapItem::coverable).allMatch(g -> closed.contains(g.skill()));
    // A job entered after years in a related one (a systems architect, a first-line supervisor) is gated too for someone
    // coming from outside its SOC minor group, unless their job is alike it ({@value #RELATED}) and they have worked
    // there as long as the route takes: a cook's four years count toward running a kitchen, a warehouse worker's do not
    // toward administering networks.
    int a = similarity.indexOf(from.id()).orElseThrow();
    int b = similarity.indexOf(to.id()).orElseThrow();
    double sim = Math.round(similarity.score(a, b) * 1000) / 1000.0;
    Occupation target = planner.forLearner(to, profile);
    Optional<EntryRoute> gate = target.entryRoute().filter(r -> target.gatedFor(from.jobZone(), profile.education())
        || r.route().equals("experience") && OccupationSimilarity.family(from.id(), to.id()) < 0.5
            && !(sim >= RELATED && profile.experienceYears() * 12 >= r.typicalMonths().orElse(0)));
    OptionalInt dz = OccupationSimilarity.zoneChange(from, to);
    List<String> titles = best.map(p -> p.steps().stream().map(Pathway.Step::title).toList()).orElse(List.of());
    List<String> ids = best.map(p -> p.steps().stream().map(Pathway.Step::credential).toList()).orElse(List.of());
    String why = why(from, to, gate, best, open, dz);
    return new Rung(to.id(), to.title(), to.jobZone(), dz, sim, result.gap().size(), open, closes,
        best.map(p -> OptionalDouble.of(p.totals().cost())).orElse(OptionalDouble.empty()),
        best.map(p -> OptionalInt.of(p.totals().weeks())).orElse(OptionalInt.empty()), titles, ids,
        gate.map(r -> routeName(r)), gate.map(EntryRoute::typicalMonths).orElse(OptionalInt.empty()), why);
  }

  private static String routeName(EntryRoute r) {
    return switch (r.route()) {
      case "degree" -> "a degree";
      case "apprenticeship" -> "an apprenticeship";
      case "licence" -> "a licence that takes more than a year";
      case "experience" -> "years of work in a related job";
      default -> "a " + r.route();
    };
  }

  /** The rung in a sentence: what it takes from the job before. */
  private static String why(Occupation from, Occupation to, Optional<EntryRoute> gate, Optional<Pathway> best, int open,
      OptionalInt dz) {
    StringBuilder s = new StringBuilder("From ").append(from.title()).append(" to ").append(to.title());
    dz.ifPresent(d -> s.append(d == 0 ? " (same job zone)" : d > 0 ? " (" + d + " job zone" + (d > 1 ? "s" : "") + " up)"
        : " (" + (-d) + " job zone" + (d < -1 ? "s" : "") + " down)"));
    if (gate.isPresent()) {
      s.append(": entered through ").append(routeName(gate.get()));
      gate.get().typicalMonths().ifPresent(m -> s.append(" (typically ").append(m).append(" months)"));
    } else if (best.isEmpty() || best.get().steps().isEmpty()) {
      s.append(open == 0 ? ": nothing to buy; what it needs comes with the work" : ": no pathway within the budget");
    } else {
      Pathway p = best.get();
      s.append(": ").append(p.steps().size()).append(p.steps().size() == 1 ? " credential" : " credentials")
          .append(String.format(java.util.Locale.ROOT, ", $%.0f in %d weeks", p.totals().cost(), p.totals().weeks()));
      if (open > 0) s.append(", leaving ").append(open).append(open == 1 ? " need" : " needs").append(" to grow on the job");
    }
    return s.append('.').toString();
  }

  private static int zone(Occupation o) {
    return o.jobZone().orElse(3);
  }
}
