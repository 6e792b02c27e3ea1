package io.credpath.rules.facts;

import java.util.Objects;
import java.util.Set;

/**
 * The learner's preferences and budget as the rules read them. Empty sets mean "no restriction"; provider
 * names and languages are lower-case; {@code maxSingleCost} and {@code maxCost} are positive infinity when unset.
 * {@code languagesStated} is false when neither the request, the learner nor the tenant named a language (the rules
 * then decide what to assume); {@code allowUnknownCost} lets credentials without a published price in; {@code region}
 * is the learner's ISO 3166-2 region ("US-OH"), empty when not given.
 */
public record Wishes(Set<String> delivery, Set<String> languages, Set<String> preferProviders, Set<String> avoidProviders,
    double maxSingleCost, boolean accreditedOnly, double maxCost, String currency, boolean languagesStated,
    boolean allowUnknownCost, String region) {
  public Wishes {
    delivery = Set.copyOf(delivery);
    languages = Set.copyOf(languages);
    preferProviders = Set.copyOf(preferProviders);
    avoidProviders = Set.copyOf(avoidProviders);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(region, "region");
  }
}
