package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import java.util.List;
import java.util.Map;

/** The planner's view of the rule engine: a first pass over candidates and a second pass over each pathway. */
public interface PathwayRules {

  /**
   * First pass (eligibility, scoring, and the notes of explain): which candidates are excluded, each candidate's
   * recognition weight and reasons, and notes on the move as a whole; {@code ofField} are the ids of the candidates that
   * are credentials of the target's field (see {@code ItemCredit}) or that a credential gap item lists.
   */
  Assessment assess(PlanRequest request, Occupation target, List<Credential> candidates, java.util.Set<String> ofField);

  /**
   * How well recognised each credential of the catalogue is in its own field, before any target is known: what the
   * scoring rules weigh a credential for by its kind, accreditation and stacking when it is taken to be of the target's
   * field and not named by its route. The per-skill cap keeps a skill's best-recognised teachers by this, so the rules,
   * not a second score in Java, decide which recognised credentials reach {@link #assess}. The same map instance is
   * answered until {@code tenant}'s rules change; a credential the rules do not weigh is absent (weight 1).
   */
  Map<String, Double> standing(java.util.Optional<String> tenant);

  /** Second pass (stacking, advice, explain): stacks earned, suggestions, warnings and each step's reasons for one pathway. */
  Review review(PlanRequest request, PathwayDraft draft);

  /**
   * First-pass output; {@code recognition} is a weight per candidate id (higher is better recognised, default 1);
   * {@code notes} is advice about the move as a whole (the occupation's entry route, for one); {@code experienceElsewhere}
   * the candidates toward whose experience requirements the learner's years do not count (they are in another field);
   * {@code baseFirst} the candidates a plan takes only after one of the listed credentials their issuer recommends first.
   */
  record Assessment(List<PlanResult.Excluded> exclusions, Map<String, Double> recognition, Map<String, List<Reason>> reasons,
      List<Reason> notes, java.util.Set<String> experienceElsewhere, Map<String, List<String>> baseFirst) {
    public Assessment {
      exclusions = List.copyOf(exclusions);
      recognition = Map.copyOf(recognition);
      reasons = Map.copyOf(reasons);
      notes = List.copyOf(notes);
      experienceElsewhere = java.util.Set.copyOf(experienceElsewhere);
      baseFirst = Map.copyOf(baseFirst);
    }

    /** An assessment that pairs no credential with a recommended base. */
    public Assessment(List<PlanResult.Excluded> exclusions, Map<String, Double> recognition, Map<String, List<Reason>> reasons,
        List<Reason> notes, java.util.Set<String> experienceElsewhere) {
      this(exclusions, recognition, reasons, notes, experienceElsewhere, Map.of());
    }

    /** An assessment whose learner's years count wherever they are asked for. */
    public Assessment(List<PlanResult.Excluded> exclusions, Map<String, Double> recognition, Map<String, List<Reason>> reasons,
        List<Reason> notes) {
      this(exclusions, recognition, reasons, notes, java.util.Set.of());
    }

    /** An assessment without notes. */
    public Assessment(List<PlanResult.Excluded> exclusions, Map<String, Double> recognition, Map<String, List<Reason>> reasons) {
      this(exclusions, recognition, reasons, List.of());
    }
  }

  /**
   * A pathway to the occupation {@code target} (as the planner resolved it) before explanation: the chosen credentials in order (with the gap items each closes and partly closes),
   * its totals ({@code weeks} as scheduled, {@code estimatedWeeks} the optimiser's lower bound from prerequisite chains and
   * hours), the planned gap items it leaves short, and, when the budget could not close everything the catalogue
   * can teach, what closing it would cost and take ({@code closingCost} negative when it fits the budget or cannot be
   * known). {@code nextBest} is, for each step, the best other candidate that closes everything it closes, if any;
   * {@code recognition} the candidates' recognition weights; {@code routeOptions} the credentials the target's entry route
   * names that are open to the learner, not in the pathway nor alternatives of its steps, and still fit the budget's
   * money and weeks after it (what a larger budget could add next), cheapest first; {@code placedLate} and
   * {@code selfPaced} the steps its week-by-week schedule could not place in time or found no session left for.
   */
  record PathwayDraft(Occupation target, String label, List<Credential> steps, List<String> held, double cost, double hours, int weeks,
      int estimatedWeeks, double coverage, List<PlanResult.GapItem> uncovered, List<PlanResult.GapItem> gap, Map<String, List<String>> closes,
      Map<String, List<String>> partly, double closingCost, int closingWeeks, Map<String, Credential> nextBest,
      Map<String, Double> recognition, List<Credential> routeOptions, List<String> placedLate, List<String> selfPaced) {
    /** A draft whose schedule placed every step (see {@link WeekScheduler.Schedule}). */
    public PathwayDraft(Occupation target, String label, List<Credential> steps, List<String> held, double cost, double hours, int weeks,
        int estimatedWeeks, double coverage, List<PlanResult.GapItem> uncovered, List<PlanResult.GapItem> gap,
        Map<String, List<String>> closes, Map<String, List<String>> partly, double closingCost, int closingWeeks,
        Map<String, Credential> nextBest, Map<String, Double> recognition, List<Credential> routeOptions) {
      this(target, label, steps, held, cost, hours, weeks, estimatedWeeks, coverage, uncovered, gap, closes, partly, closingCost,
          closingWeeks, nextBest, recognition, routeOptions, List.of(), List.of());
    }

    /** A draft with no route options. */
    public PathwayDraft(Occupation target, String label, List<Credential> steps, List<String> held, double cost, double hours, int weeks,
        int estimatedWeeks, double coverage, List<PlanResult.GapItem> uncovered, List<PlanResult.GapItem> gap,
        Map<String, List<String>> closes, Map<String, List<String>> partly, double closingCost, int closingWeeks,
        Map<String, Credential> nextBest, Map<String, Double> recognition) {
      this(target, label, steps, held, cost, hours, weeks, estimatedWeeks, coverage, uncovered, gap, closes, partly, closingCost,
          closingWeeks, nextBest, recognition, List.of());
    }

    public PathwayDraft {
      java.util.Objects.requireNonNull(target, "target");
      routeOptions = List.copyOf(routeOptions);
      placedLate = List.copyOf(placedLate);
      selfPaced = List.copyOf(selfPaced);
      nextBest = Map.copyOf(nextBest);
      recognition = Map.copyOf(recognition);
      steps = List.copyOf(steps);
      held = List.copyOf(held);
      uncovered = List.copyOf(uncovered);
      gap = List.copyOf(gap);
      closes = Map.copyOf(closes);
      partly = Map.copyOf(partly);
    }
  }

  /** Second-pass output; {@code stepReasons} say, per step, why it is there for this learner. */
  record Review(List<Pathway.StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings,
      Map<String, List<Reason>> stepReasons) {
    public Review {
      stacksEarned = List.copyOf(stacksEarned);
      suggestions = List.copyOf(suggestions);
      warnings = List.copyOf(warnings);
      stepReasons = Map.copyOf(stepReasons);
    }

    /** A review without step reasons. */
    public Review(List<Pathway.StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings) {
      this(stacksEarned, suggestions, warnings, Map.of());
    }
  }
}
