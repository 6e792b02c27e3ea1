package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.planner.solver.SearchProblem;
import io.credpath.planner.solver.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns optimiser solutions into scheduled candidates, and labelled candidates into reviewed {@link Pathway}s. */
final class PathwayAssembler {
  private final PlanRequest request;
  private final PathwayPlanner.SearchSetup setup;
  private final PathwayRules rules;
  /** Whether pathways go through the rules' second pass ({@link PathwayPlanner#planSummary} leaves it out). */
  private final boolean review;

  PathwayAssembler(PlanRequest request, PathwayPlanner.SearchSetup setup, PathwayRules rules, boolean review) {
    this.request = request;
    this.setup = setup;
    this.rules = rules;
    this.review = review;
  }

  /** The credentials of a solution to {@code problem} (the request's, or one with a tighter week budget), scheduled. */
  ScheduledSolution scheduled(Solution s, CandidateProblem problem) {
    List<Credential> creds = new ArrayList<>();
    for (int i : s.chosen()) creds.add(problem.credentials[i]);
    WeekScheduler.Schedule schedule = new WeekScheduler(creds, setup.gap().holdings(), request.budget().hoursPerWeek(),
        request.startDate(), setup.assessment().experienceElsewhere()).schedule();
    return new ScheduledSolution(s, creds, schedule);
  }

  /**
   * The pathway for a labelled scheduled solution, after the rules' second pass; {@code closing} is, when the budget could not
   * close the gap, the cheapest set that would without the budget.
   */
  Pathway pathway(ParetoLabels.Labelled labelled, Optional<Solution> closing) {
    ScheduledSolution c = labelled.scheduled();
    Solution s = c.solution();
    CandidateProblem p = setup.problem();
    List<PlanResult.GapItem> planned = setup.gap().items();
    List<Pathway.Step> steps = new ArrayList<>();
    List<Credential> ordered = new ArrayList<>();
    Map<String, List<String>> closes = new LinkedHashMap<>();
    Map<String, List<String>> partly = new LinkedHashMap<>();
    boolean[] full = new boolean[planned.size()];
    double cost = 0;
    double hours = 0;
    for (WeekScheduler.Slot slot : c.schedule().slots()) {
      Credential cred = slot.credential();
      List<String> closed = new ArrayList<>();
      List<String> half = new ArrayList<>();
      for (int g = 0; g < planned.size(); g++) {
        ItemCredit.Tier t = setup.credit().tier(cred, planned.get(g));
        if (t == ItemCredit.Tier.FULL) {
          closed.add(planned.get(g).skill());
          full[g] = true;
        } else if (t == ItemCredit.Tier.HALF) {
          half.add(planned.get(g).skill());
        }
      }
      closes.put(cred.id(), closed);
      partly.put(cred.id(), half);
      steps.add(new Pathway.Step(cred.id(), cred.title(), cred.provider(), cred.cost().total(), cred.hours(), slot.startWeek(),
          slot.endWeek(), slot.weeklyHours(), closed, half, setup.assessment().reasons().getOrDefault(cred.id(), List.of()),
          cred.cost().known()));
      ordered.add(cred);
      cost += cred.cost().total();
      hours += cred.hours();
    }
    int weeks = c.schedule().weeks();
    // Coverage is of what credentials can teach: a need no credential in scope teaches is said so in the gap and the
    // suggestions ("people learn them on the job"), and does not make every pathway look a failure.
    double coverage = p.coverableImportance == 0 ? 1 : (double) p.shownCovered(c.credentials()) / p.coverableImportance;
    List<PlanResult.GapItem> uncovered = new ArrayList<>();
    for (int g = 0; g < planned.size(); g++) if (!full[g]) uncovered.add(setup.items().get(g));
    String label = String.join(", ", labelled.labels());
    // Only the rules' second pass reads the draft (its next-best alternatives, route options and closing cost): a
    // summary neither builds nor reviews it.
    PathwayRules.Review review = this.review ? rules.review(request, new PathwayRules.PathwayDraft(setup.occupation(), label, ordered,
        request.profile().heldCredentials(), cost, hours, weeks, s.weeks(), coverage, uncovered, setup.items(), closes, partly,
        closing.map(x -> x.costCents() / 100.0).orElse(-1.0), closing.map(Solution::weeks).orElse(0), nextBest(s),
        setup.assessment().recognition(), routeOptions(c.credentials(), cost, weeks),
        c.schedule().placedLate(), c.schedule().selfPaced()))
        : new PathwayRules.Review(List.of(), List.of(), List.of(), Map.of());
    List<Reason> warnings = new ArrayList<>(review.warnings());
    for (int i = 0; i < steps.size(); i++) {
      Pathway.Step st = steps.get(i);
      List<Reason> why = new ArrayList<>(review.stepReasons().getOrDefault(st.credential(), List.of()));
      why.addAll(st.reasons());
      steps.set(i, new Pathway.Step(st.credential(), st.title(), st.provider(), st.cost(), st.hours(), st.startWeek(), st.endWeek(),
          st.weeklyHours(), st.closes(), st.partly(), why, st.costKnown()));
    }
    return new Pathway(label, labelled.optimal(), steps, new Pathway.Totals(cost, request.budget().currency(), hours, weeks),
        coverage, review.stacksEarned(), review.suggestions(), warnings, s.recognitionScore() / 1000.0);
  }

  /**
   * {@code c} (the best-recognised optimum) with what the target's usual route names beside it that is open to the
   * learner, closes one of the gap's needs, is not a second training programme and still fits ({@link #routeOptions}):
   * taken cheapest first, each only while the week-by-week schedule
   * stays within the week budget and the hours within the hours budget, at most {@value #ROUTE_OPTIONS}; each adds its
   * recognition weight. A larger budget then buys the route's next credential (the ACF culinarian certification beside
   * a food-protection manager exam, the state securities exam beside the industry essentials exam) rather than leaving
   * the money unspent. Empty when nothing more fits.
   */
  Optional<ScheduledSolution> withRouteCredentials(ScheduledSolution c) {
    List<Credential> taken = new ArrayList<>(c.credentials());
    WeekScheduler.Schedule schedule = c.schedule();
    long cost = c.solution().costCents();
    long hours = c.solution().hoursHundredths();
    long score = c.solution().recognitionScore();
    int maxWeeks = request.budget().maxWeeks().orElse(Integer.MAX_VALUE);
    double maxHours = request.budget().maxHours().orElse(Double.POSITIVE_INFINITY);
    int added = 0;
    boolean more = true;
    while (more && added < ROUTE_OPTIONS) {
      more = false;
      for (Credential o : routeOptions(taken, cost / 100.0, schedule.weeks())) {
        if (hours / 100.0 + o.hours() > maxHours + 1e-9 || !closesAnItem(o) || secondProgramme(o, taken)) continue;
        List<Credential> with = new ArrayList<>(taken);
        with.add(o);
        WeekScheduler.Schedule s = new WeekScheduler(with, setup.gap().holdings(), request.budget().hoursPerWeek(),
            request.startDate(), setup.assessment().experienceElsewhere()).schedule();
        if (s.weeks() > maxWeeks) continue;
        taken = with;
        schedule = s;
        cost += Math.round(o.cost().total() * 100);
        hours += Math.round(o.hours() * 100);
        score += Math.round(1000 * setup.assessment().recognition().getOrDefault(o.id(), 1.0));
        added++;
        more = true;
        break;
      }
    }
    if (added == 0) return Optional.empty();
    Solution s = c.solution();
    return Optional.of(new ScheduledSolution(new Solution(s.objective(), s.chosen(), cost, hours, schedule.weeks(), score,
        s.coveredImportance(), s.optimal()), List.copyOf(taken), schedule));
  }

  /**
   * Whether {@code c} is a training programme ({@value GapAnalysis#SUBSTANTIAL_HOURS} hours or more, not an exam) and
   * {@code taken} holds one already: the route's programmes are ways in, one is enough (Google's advanced data analytics
   * certificate, not IBM's data science one beside it); its exams and cards certify what a programme taught.
   */
  private static boolean secondProgramme(Credential c, List<Credential> taken) {
    return programme(c) && taken.stream().anyMatch(PathwayAssembler::programme);
  }

  private static boolean programme(Credential c) {
    return c.hours() >= GapAnalysis.SUBSTANTIAL_HOURS && !CandidateProblem.examLike(c);
  }

  /** Whether {@code c} closes one of the gap's needs in full (a route credential the gap does not list closes none). */
  private boolean closesAnItem(Credential c) {
    return setup.gap().items().stream().anyMatch(g -> setup.credit().tier(c, g) == ItemCredit.Tier.FULL);
  }

  /** How many route options a draft carries at most. */
  static final int ROUTE_OPTIONS = 3;

  /**
   * The candidates the target's entry route names (its own credentials and first steps) that a pathway of {@code taken}
   * steps, {@code cost} and {@code weeks} leaves out (none when no pathway was found): not the licence at the end of a
   * long licence or apprenticeship route, not alternatives of its steps,
   * not first steps a route credential it earns passes ({@link ItemCredit#passes}), their prerequisites met by what the learner holds
   * and earns in it, and fitting what is left of the budget's money and weeks when taken after it; cheapest first, at
   * most {@value #ROUTE_OPTIONS}.
   */
  List<Credential> routeOptions(List<Credential> taken, double cost, int weeks) {
    java.util.Set<String> takenIds = new java.util.HashSet<>();
    taken.forEach(c -> takenIds.add(c.id()));
    io.credpath.catalog.Holdings after = setup.gap().holdings().plus(taken);
    double left = request.budget().maxCost().orElse(Double.POSITIVE_INFINITY) - cost;
    int weeksLeft = request.budget().maxWeeks().orElse(Integer.MAX_VALUE / 2) - weeks;
    double hoursPerWeek = request.budget().hoursPerWeek();
    // On a licence or apprenticeship route that takes more than a year, the licence or journeyman card is earned at the
    // end of that programme (the NCLEX-RN after a nursing degree): never an option to take after a short pathway.
    java.util.Set<String> atTheEnd = setup.occupation().entryRoute().filter(r -> r.gated() && !r.route().equals("degree"))
        .map(r -> java.util.Set.copyOf(r.credentials())).orElse(java.util.Set.of());
    List<Credential> out = new ArrayList<>();
    for (Credential c : setup.route()) {
      if (takenIds.contains(c.id()) || atTheEnd.contains(c.id()) || !c.cost().known() || c.cost().total() > left) continue;
      // A first step a route credential of the pathway passes is behind the learner: no cloud fundamentals exam after
      // the associate certification.
      if (taken.stream().anyMatch(t -> setup.credit().passes(t, c))) continue;
      if (Math.max(c.minWeeks(), (int) Math.ceil(c.hours() / hoursPerWeek)) > weeksLeft) continue;
      // Years the rules judge to be in another field do not meet its experience route (as in the search).
      io.credpath.catalog.Holdings own = setup.assessment().experienceElsewhere().contains(c.id())
          ? after.withExperience(0) : after;
      if (c.requires().isPresent() && !own.satisfies(c.requires().get())) continue;
      if (taken.stream().noneMatch(t -> CandidateProblem.alternatives(c, t))) out.add(c);
    }
    out.sort(java.util.Comparator.comparingDouble((Credential c) -> c.cost().total()).thenComparingDouble(Credential::hours)
        .thenComparing(Credential::id));
    return out.subList(0, Math.min(ROUTE_OPTIONS, out.size()));
  }

  /**
   * For each chosen credential, the best candidate outside the pathway that closes every need it closes and whose
   * prerequisites the learner and the pathway's other steps meet: the cheapest, then fewest hours, then id (what the
   * learner would take instead), or the cheaper, less recognised one it stood in for when that is cheaper still.
   */
  private Map<String, Credential> nextBest(Solution s) {
    CandidateProblem p = setup.problem();
    SearchProblem search = p.search;
    java.util.Set<Integer> chosen = new java.util.HashSet<>(s.chosen());
    Map<String, Credential> out = new LinkedHashMap<>();
    for (int i : s.chosen()) {
      long mask = search.covers[i];
      if (mask == 0) continue;
      int best = -1;
      // What the learner would take instead must be open to them in its place: its prerequisites met by what they hold
      // and the pathway's other steps (not a $104 exam that first asks for a $2,000 course).
      List<Credential> others = new ArrayList<>();
      for (int k : s.chosen()) if (k != i) others.add(p.credentials[k]);
      io.credpath.catalog.Holdings without = setup.gap().holdings().plus(others);
      for (int j = 0; j < search.n; j++) {
        if (chosen.contains(j) || (search.covers[j] & mask) != mask) continue;
        Credential alt = p.credentials[j];
        io.credpath.catalog.Holdings own = setup.assessment().experienceElsewhere().contains(alt.id()) ? without.withExperience(0) : without;
        if (alt.requires().isPresent() && !own.satisfies(alt.requires().get())) continue;
        boolean cheaper = best < 0 || search.cost[j] < search.cost[best]
            || (search.cost[j] == search.cost[best] && search.hours[j] < search.hours[best]);
        if (cheaper) best = j;
      }
      Credential cheaper = p.stoodInFor.get(p.credentials[i].id());
      if (cheaper != null && cheaper.requires().isPresent() && !without.satisfies(cheaper.requires().get())) cheaper = null;
      if (cheaper != null && (best < 0 || CandidateProblem.cents(cheaper.cost().total()) < search.cost[best])) {
        out.put(p.credentials[i].id(), cheaper);
      } else if (best >= 0) {
        out.put(p.credentials[i].id(), p.credentials[best]);
      }
    }
    return out;
  }
}
