package io.credpath.advising;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A cohort-planning job as it stands: its state; rows planned ({@code done}), rows that could not be ({@code failed}) and
 * those {@code remaining} out of {@code total}; the seconds it expects to take for the rest at the pace of its current run
 * (empty until a row is done in that run); when it was created, started and finished; why it failed, if it did; and the
 * rows that could not be planned, each with why.
 */
public record CohortJob(String id, String cohort, java.time.LocalDate startDate, JobState state, int total, int done, int failed,
    int remaining, OptionalInt estimatedSecondsLeft, Instant created, Optional<Instant> started, Optional<Instant> finished,
    Optional<String> failure, List<RowFailure> failures) {
  public CohortJob {
    failures = List.copyOf(failures);
  }

  /** A row the job could not plan: its line, the learner's reference and id, and why. */
  public record RowFailure(int line, String reference, String learner, String reason) {}
}
