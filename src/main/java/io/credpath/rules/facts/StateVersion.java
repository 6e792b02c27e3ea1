package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A candidate that stands for each state's own credential ({@code general}, "a real estate sales licence from your
 * state") and one state's version of it among the candidates ({@code specific}, Florida's, with its
 * {@code jurisdiction}): without the learner's state the general one is planned, with it the state's own.
 */
public record StateVersion(String general, String specific, String jurisdiction) {
  public StateVersion {
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(specific, "specific");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }
}
