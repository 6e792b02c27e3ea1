package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * A candidate credential as the first-pass rules see it. {@code type} and {@code delivery} are wire names,
 * {@code providerKey} and {@code language} lower-case, {@code rating} 0 when unrated, {@code experienceRequired}
 * the fewest years of experience its prerequisites need on any route (credentials and skills can be earned,
 * experience cannot), and {@code stacks} the titles of the catalogue stacks it is a component of.
 */
public record Candidate(String id, String title, String type, String provider, String providerKey, String delivery,
    String language, double cost, double hours, boolean accredited, double rating, boolean retired,
    double experienceRequired, List<String> stacks) {
  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerKey, "providerKey");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(language, "language");
    stacks = List.copyOf(stacks);
  }
}
