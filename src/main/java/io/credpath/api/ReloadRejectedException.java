package io.credpath.api;

import java.util.List;

/** A reload refused because the new taxonomy or rules are broken; the previous ones keep serving. */
public final class ReloadRejectedException extends RuntimeException {
  private final List<String> problems;

  /** {@code problems} are one line each, as {@code file:line: message}. */
  public ReloadRejectedException(List<String> problems) {
    super(problems.size() + " problem(s); the previous taxonomy and rules keep serving", null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, as {@code file:line: message}. */
  public List<String> problems() {
    return problems;
  }
}
