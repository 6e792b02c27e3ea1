package io.credpath.advising;

import java.util.List;
import java.util.Optional;

/** What an upload did with one row of a cohort file: kept as a learner (their id), or rejected with every problem in it. */
public record RowOutcome(int line, String reference, boolean accepted, Optional<String> learner, List<CsvError> errors) {
  public RowOutcome {
    errors = List.copyOf(errors);
  }

  static RowOutcome rejected(int line, String reference, List<CsvError> errors) {
    return new RowOutcome(line, reference, false, Optional.empty(), errors);
  }
}
