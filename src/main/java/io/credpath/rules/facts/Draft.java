package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A pathway under review: its label and totals ({@code weeks} as scheduled, {@code estimatedWeeks} the optimiser's
 * lower bound), the budget limits (positive infinity when unset; {@code maxWeeks} 0 when unset), its coverage 0..1 of
 * the target's planned gap, the target's title, and, when the budget could not close everything the catalogue can
 * teach, what closing it would cost and take ({@code closingCost} negative otherwise).
 */
public record Draft(String label, double cost, double hours, int weeks, double coverage, double maxCost, double maxHours,
    String currency, int estimatedWeeks, int maxWeeks, String target, double closingCost, int closingWeeks) {
  public Draft {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(target, "target");
  }
}
