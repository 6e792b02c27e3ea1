package io.credpath.advising;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A cohort's pathways chosen under a shared budget from the plans one finished job saved: the terms; the totals of the
 * selection ({@code shared}) and of planning each learner alone and cutting ({@code alone}), which it never falls below;
 * whether the search proved it optimal, the bound no selection exceeds and the work spent; and each planned member's
 * choice.
 */
public record CohortAllocation(String id, String cohort, String job, SharedBudget terms, Outcome shared, Outcome alone, boolean optimal,
    double upperBound, long work, Instant created, String createdBy, List<MemberChoice> members) {
  public CohortAllocation {
    members = List.copyOf(members);
  }

  /** A selection's total coverage (the sum of the members' coverage of their gaps), total cost, and learners given a pathway. */
  public record Outcome(double coverage, double cost, int learners) {}

  /**
   * A member's choice: the row, learner and saved plan; the pathway chosen (its position in the plan and label; none when
   * empty) with its coverage and list cost; and the pathway planning alone and cutting gave them.
   */
  public record MemberChoice(int line, String reference, String learner, String plan, OptionalInt pathway, Optional<String> label,
      double coverage, double listCost, OptionalInt alonePathway) {}
}
