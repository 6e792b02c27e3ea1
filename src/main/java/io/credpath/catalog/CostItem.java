package io.credpath.catalog;

import java.util.Objects;

/** One part of a credential's price: tuition, exam, membership or subscription. */
public record CostItem(String kind, double amount) {
  public CostItem {
    Objects.requireNonNull(kind, "kind");
    if (!(amount >= 0) || Double.isInfinite(amount)) throw new IllegalArgumentException("cost must not be negative: " + amount);
  }
}
