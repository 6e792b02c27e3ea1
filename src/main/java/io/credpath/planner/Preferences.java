package io.credpath.planner;

import io.credpath.catalog.Delivery;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Learner and policy preferences. Empty sets mean "no restriction"; {@code maxSingleCost} and
 * {@code accreditedOnly} are read by the eligibility rules, not by Java.
 */
public record Preferences(Set<Delivery> delivery, Set<String> languages, Set<String> preferProviders,
    Set<String> avoidProviders, Objective objective, int alternatives, OptionalDouble maxSingleCost, boolean accreditedOnly) {
  public Preferences {
    delivery = Set.copyOf(delivery);
    languages = Set.copyOf(languages);
    preferProviders = Set.copyOf(preferProviders);
    avoidProviders = Set.copyOf(avoidProviders);
    Objects.requireNonNull(objective, "objective");
    if (alternatives < 1 || alternatives > 10) throw new IllegalArgumentException("alternatives must be 1..10: " + alternatives);
    Objects.requireNonNull(maxSingleCost, "maxSingleCost");
  }

  /** No restrictions; cheapest first; up to 4 alternatives. */
  public static Preferences defaults() {
    return new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
  }
}
