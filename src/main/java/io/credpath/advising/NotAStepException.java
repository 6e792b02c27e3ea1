package io.credpath.advising;

import java.util.List;

/** A progress mark naming a credential that is not a step of the saved plan's leading pathway; carries the steps it has. */
public class NotAStepException extends RuntimeException {
  private final List<String> steps;

  public NotAStepException(String credential, List<String> steps) {
    super("'" + credential + "' is not a step of the plan's leading pathway"
        + (steps.isEmpty() ? " (it has no steps)" : "; its steps: " + String.join(", ", steps)));
    this.steps = List.copyOf(steps);
  }

  /** The credentials of the plan's steps. */
  public List<String> steps() {
    return steps;
  }
}
