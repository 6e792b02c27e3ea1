package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A credential the target's entry route names that the pathway under review leaves out, though it is open to the learner
 * and still fits the budget's money and weeks after the pathway (see {@code PathwayDraft.routeOptions}), with its cost
 * and hours; {@code rank} 1 is the cheapest.
 */
public record RouteOption(String credential, String title, double cost, double hours, int rank) {
  public RouteOption {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
  }
}
