package io.credpath.planner;

import io.credpath.catalog.Delivery;
import io.credpath.planner.solver.Objective;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Learner and policy preferences. Empty sets mean "no restriction" (for languages: none stated, and the rules decide
 * what to assume); {@code maxSingleCost}, {@code accreditedOnly} and {@code allowUnknownCost} (let in credentials whose
 * provider publishes no price) are read by the eligibility rules, not by Java. {@code region} is where the learner
 * lives and will work, an ISO 3166-2 code ("US-OH"), empty when not given: licences and approved courses of other
 * states are then left out by rule, and without it they are shown as one state's example.
 */
public record Preferences(Set<Delivery> delivery, Set<String> languages, Set<String> preferProviders,
    Set<String> avoidProviders, Objective objective, int alternatives, OptionalDouble maxSingleCost, boolean accreditedOnly,
    boolean allowUnknownCost, String region) {
  public Preferences {
    delivery = Set.copyOf(delivery);
    languages = Set.copyOf(languages);
    preferProviders = Set.copyOf(preferProviders);
    avoidProviders = Set.copyOf(avoidProviders);
    Objects.requireNonNull(objective, "objective");
    if (alternatives < 1 || alternatives > 10) throw new IllegalArgumentException("alternatives must be 1..10: " + alternatives);
    Objects.requireNonNull(maxSingleCost, "maxSingleCost");
    Objects.requireNonNull(region, "region");
    if (!region.isEmpty() && !io.credpath.catalog.Credential.JURISDICTION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be an ISO 3166-2 code such as US-OH: " + region);
    }
  }

  /** Preferences with no region given. */
  public Preferences(Set<Delivery> delivery, Set<String> languages, Set<String> preferProviders, Set<String> avoidProviders,
      Objective objective, int alternatives, OptionalDouble maxSingleCost, boolean accreditedOnly, boolean allowUnknownCost) {
    this(delivery, languages, preferProviders, avoidProviders, objective, alternatives, maxSingleCost, accreditedOnly,
        allowUnknownCost, "");
  }

  /** Preferences that keep unknown-cost credentials out. */
  public Preferences(Set<Delivery> delivery, Set<String> languages, Set<String> preferProviders, Set<String> avoidProviders,
      Objective objective, int alternatives, OptionalDouble maxSingleCost, boolean accreditedOnly) {
    this(delivery, languages, preferProviders, avoidProviders, objective, alternatives, maxSingleCost, accreditedOnly, false);
  }

  /** These preferences with {@code languages} as the acceptable languages. */
  public Preferences withLanguages(Set<String> languages) {
    return new Preferences(delivery, languages, preferProviders, avoidProviders, objective, alternatives, maxSingleCost,
        accreditedOnly, allowUnknownCost, region);
  }

  /** No restrictions; cheapest first; up to 4 alternatives. */
  public static Preferences defaults() {
    return new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
  }
}
