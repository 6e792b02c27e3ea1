package io.credpath.rules.facts;

import java.util.Objects;

/** A pathway under review: its label and totals, the budget limits (positive infinity when unset) and its coverage 0..1. */
public record Draft(String label, double cost, double hours, int weeks, double coverage, double maxCost, double maxHours,
    String currency) {
  public Draft {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(currency, "currency");
  }
}
