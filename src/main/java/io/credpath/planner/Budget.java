package io.credpath.planner;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Limits a pathway must fit: total cost, total hours, calendar weeks, and the learner's hours per week. */
public record Budget(OptionalDouble maxCost, String currency, OptionalDouble maxHours, OptionalInt maxWeeks, double hoursPerWeek) {
  public Budget {
    maxCost.ifPresent(v -> { if (!(v >= 0)) throw new IllegalArgumentException("maxCost must not be negative: " + v); });
    Objects.requireNonNull(currency, "currency");
    maxHours.ifPresent(v -> { if (!(v >= 0)) throw new IllegalArgumentException("maxHours must not be negative: " + v); });
    maxWeeks.ifPresent(v -> { if (v < 1) throw new IllegalArgumentException("maxWeeks must be at least 1: " + v); });
    if (!(hoursPerWeek > 0) || hoursPerWeek > 80) throw new IllegalArgumentException("hoursPerWeek must be in (0, 80]: " + hoursPerWeek);
  }

  /** This budget with {@code weeks} as its week limit. */
  public Budget withMaxWeeks(int weeks) {
    return new Budget(maxCost, currency, maxHours, OptionalInt.of(weeks), hoursPerWeek);
  }

  /** No limits, 8 hours a week. */
  public static Budget unlimited() {
    return new Budget(OptionalDouble.empty(), "USD", OptionalDouble.empty(), OptionalInt.empty(), 8);
  }
}
