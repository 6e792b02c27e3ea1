package io.credpath.advising;

import java.util.List;

/**
 * A cohort upload refused as a whole, nothing stored: the file is not readable CSV (not UTF-8, a quote never closed, a
 * header missing a required column), is too large, or has no row that could be kept; every problem names its line and column.
 */
public class CohortFileException extends RuntimeException {
  private final List<CsvError> errors;

  public CohortFileException(String message, List<CsvError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** Every problem found, in file order. */
  public List<CsvError> errors() {
    return errors;
  }
}
