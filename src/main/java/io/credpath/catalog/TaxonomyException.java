package io.credpath.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The taxonomy could not be loaded; lists every problem found, not just the first. */
public class TaxonomyException extends RuntimeException {
  private final List<Problem> problems;

  public TaxonomyException(List<Problem> problems) {
    super(problems.size() + " problem(s) in taxonomy:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() { return problems; }
}
