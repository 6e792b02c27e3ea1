package io.credpath.advising;

import java.util.List;
import java.util.Optional;

/**
 * What a planned cohort needs: the credentials its members' pathways take (seats, list cost, the discount reached and the
 * cost after it, by quarter of start, and the learners each serves), and the gap skills by how many members' gaps hold
 * them. {@code basis} says whose pathways are counted: an allocation's choices under a shared budget, or else each
 * member's leading pathway as planned alone.
 */
public record DemandReport(String cohort, String job, Optional<String> allocation, String basis, int members, int planned,
    int withPathway, double listCost, double cost, List<CredentialDemand> credentials, List<GapDemand> gapSkills) {
  public DemandReport {
    credentials = List.copyOf(credentials);
    gapSkills = List.copyOf(gapSkills);
  }

  /** One credential: seats, list cost, percentage off reached, cost after it, seats and cost by quarter of start, and learners. */
  public record CredentialDemand(String credential, String title, int seats, double listCost, double percentOff, double cost,
      List<QuarterDemand> byQuarter, List<Served> learners) {
    public CredentialDemand {
      byQuarter = List.copyOf(byQuarter);
      learners = List.copyOf(learners);
    }
  }

  /** Seats starting in a calendar quarter ({@code 2025-Q3}) and their cost after the discount. */
  public record QuarterDemand(String quarter, int seats, double cost) {}

  /** A learner a credential serves: the cohort row's line and reference, the learner id, and the week their step starts. */
  public record Served(int line, String reference, String learner, java.time.LocalDate starts) {}

  /**
   * A gap skill: how many planned members' gaps hold it and what share of them, its kind, and how many of those the
   * catalogue can close it for.
   */
  public record GapDemand(String skill, String name, String kind, int learners, double share, int coverable) {}
}
