package io.credpath.rules;

import io.credpath.catalog.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Rules that compile but fail on the sample requests; lists each failure as {@code rules/<file>:<line>: <message>}. */
public final class RuleTrialException extends RuntimeException {
  private final transient List<Problem> problems;

  /** An exception listing {@code problems}, one per line. */
  public RuleTrialException(List<Problem> problems) {
    super("rules fail on the sample requests:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Each failing rule with where it is declared and the sample it failed on. */
  public List<Problem> problems() {
    return problems;
  }
}
