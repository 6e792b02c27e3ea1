package io.credpath.planner;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An occupation title (a target, or the learner's current job) that several occupations share as an alternate title;
 * carries the candidates to choose from.
 */
public class AmbiguousTargetException extends RuntimeException {
  private final String target;
  private final List<PlanResult.Target> choices;

  public AmbiguousTargetException(String target, List<PlanResult.Target> choices) {
    this("target", target, choices);
  }

  /** {@code role} says which field held the title: "target" or "current occupation". */
  public AmbiguousTargetException(String role, String target, List<PlanResult.Target> choices) {
    super(role + " '" + target + "' matches " + choices.size() + " occupations: "
        + choices.stream().map(c -> c.id() + " (" + c.title() + ")").collect(Collectors.joining(", ")));
    this.target = target;
    this.choices = List.copyOf(choices);
  }

  /** The text that was ambiguous. */
  public String target() { return target; }

  /** The occupations it could mean, by id and title. */
  public List<PlanResult.Target> choices() { return choices; }
}
