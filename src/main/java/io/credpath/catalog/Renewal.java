package io.credpath.catalog;

/** How often a credential must be renewed and what renewal costs. */
public record Renewal(int everyYears, double cost, double hours) {
  public Renewal {
    if (everyYears < 1) throw new IllegalArgumentException("everyYears must be positive: " + everyYears);
    if (!(cost >= 0)) throw new IllegalArgumentException("renewal cost must not be negative: " + cost);
    if (!(hours >= 0)) throw new IllegalArgumentException("renewal hours must not be negative: " + hours);
  }
}
