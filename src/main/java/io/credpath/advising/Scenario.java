package io.credpath.advising;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One what-if: the learner as they are, but with another target, more (or less) money, hours a week or weeks, or
 * credentials they would hold; what it does not name stays as the learner's record and the question's base says.
 */
public record Scenario(String name, Optional<String> target, OptionalDouble maxCost, OptionalDouble hoursPerWeek,
    OptionalInt maxWeeks, List<String> addHeldCredentials) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(maxCost, "maxCost");
    Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
    Objects.requireNonNull(maxWeeks, "maxWeeks");
    addHeldCredentials = List.copyOf(addHeldCredentials);
  }
}
