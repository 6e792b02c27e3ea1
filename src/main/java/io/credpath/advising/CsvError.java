package io.credpath.advising;

/** A problem in an uploaded CSV file: the line and column (both 1-based) where it is, the column's name, and what is wrong. */
public record CsvError(int line, int column, String field, String message) {
  /** "line 4, column 3 (target): ..." */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + (field.isEmpty() ? "" : " (" + field + ")") + ": " + message;
  }
}
