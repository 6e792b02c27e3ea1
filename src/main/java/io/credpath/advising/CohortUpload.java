package io.credpath.advising;

import java.util.List;

/** What an upload kept: the cohort's id and name, how many rows it read, kept and rejected, and each row's outcome in file order. */
public record CohortUpload(String id, String name, int rows, int accepted, int rejected, List<RowOutcome> outcomes) {
  public CohortUpload {
    outcomes = List.copyOf(outcomes);
  }
}
