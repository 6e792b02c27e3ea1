package io.credpath.planner;

import java.util.List;

/** One labelled alternative: ordered steps, totals, coverage, stacks earned, suggestions and warnings. */
public record Pathway(String label, boolean optimal, List<Step> steps, Totals totals, double coverage,
    List<StackEarned> stacksEarned, List<Reason> suggestions, List<Reason> warnings) {
  public Pathway {
    steps = List.copyOf(steps);
    stacksEarned = List.copyOf(stacksEarned);
    suggestions = List.copyOf(suggestions);
    warnings = List.copyOf(warnings);
  }

  /** One credential in a pathway, scheduled from {@code startWeek} to {@code endWeek} (1-based, inclusive). */
  public record Step(String credential, String title, String provider, double cost, double hours, int startWeek,
      int endWeek, List<String> closes, List<Reason> reasons) {
    public Step {
      closes = List.copyOf(closes);
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
