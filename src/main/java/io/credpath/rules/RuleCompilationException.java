package io.credpath.rules;

import io.credpath.catalog.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when DRL files do not compile; the message lists each error as {@code rules/<file>:<line>: <message>}. */
public final class RuleCompilationException extends RuntimeException {
  private final transient List<Problem> problems;

  /** An exception listing {@code problems}, one per line. */
  public RuleCompilationException(List<Problem> problems) {
    super("rules do not compile:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Each compile error with its file and line. */
  public List<Problem> problems() {
    return problems;
  }
}
