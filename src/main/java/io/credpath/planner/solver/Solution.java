package io.credpath.planner.solver;

import java.util.List;

/**
 * One set of candidates the optimiser found, in the problem's integer units: cost in cents, hours in
 * hundredths, weeks = max(critical path, ceil(hours / hours per week)), recognition score and covered
 * importance in thousandths. {@code optimal} says the search proved it best for {@code objective}.
 */
public record Solution(Objective objective, List<Integer> chosen, long costCents, long hoursHundredths, int weeks,
    long recognitionScore, long coveredImportance, boolean optimal) {
  public Solution {
    chosen = List.copyOf(chosen);
  }

  /** This solution relabelled with another objective and proof status. */
  public Solution as(Objective o, boolean proved) {
    return new Solution(o, chosen, costCents, hoursHundredths, weeks, recognitionScore, coveredImportance, proved);
  }
}
