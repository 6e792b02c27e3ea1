package io.credpath.planner;

import java.util.List;

/**
 * One labelled alternative: ordered steps, totals, coverage, stacks earned, suggestions and warnings. {@code coverage}
 * is the share (by importance, an item one level short counting half) of the gap items some credential in scope can
 * close, whatever the budget; the items none can close are listed as such in the gap. {@code recognition} is the recognition score (for each needed skill, the best rule weight among the steps
 * that close it, summed).
 */
public record Pathway(String label, boolean optimal, List<Step> steps, Totals totals, double coverage,
    List<StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings, double recognition) {
  public Pathway {
    steps = List.copyOf(steps);
    stacksEarned = List.copyOf(stacksEarned);
    suggestions = List.copyOf(suggestions);
    warnings = List.copyOf(warnings);
  }

  /** A pathway without a recognition score. */
  public Pathway(String label, boolean optimal, List<Step> steps, Totals totals, double coverage,
      List<StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings) {
    this(label, optimal, steps, totals, coverage, stacksEarned, suggestions, warnings, 0);
  }

  /**
   * One credential in a pathway, scheduled from {@code startWeek} to {@code endWeek} (1-based, inclusive), with the
   * hours planned for it in each of those weeks, to the hundredth; {@code closes} are the gap items it brings to their
   * required level, {@code partly} those it brings to one level below (half credit), {@code costKnown} false when the
   * provider publishes no price (its {@code cost} is then 0 and not counted as free).
   */
  public record Step(String credential, String title, String provider, double cost, double hours, int startWeek,
      int endWeek, List<Double> weeklyHours, List<String> closes, List<String> partly, List<Reason> reasons, boolean costKnown) {
    public Step {
      weeklyHours = List.copyOf(weeklyHours);
      if (weeklyHours.size() != endWeek - startWeek + 1) {
        throw new IllegalArgumentException("weeklyHours needs one entry per week " + startWeek + ".." + endWeek + ": " + weeklyHours);
      }
      closes = List.copyOf(closes);
      partly = List.copyOf(partly);
      reasons = List.copyOf(reasons);
    }
  }

  /** Sums over the steps; {@code weeks} is the scheduled calendar length. */
  public record Totals(double cost, String currency, double hours, int weeks) {}

  /** A stack the pathway completes, and the credentials that complete it. */
  public record StackEarned(String credential, String title, List<String> via) {
    public StackEarned {
      via = List.copyOf(via);
    }
  }
}
