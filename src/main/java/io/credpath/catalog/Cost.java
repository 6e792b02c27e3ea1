package io.credpath.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a credential costs, as items in one currency. {@code known} is false when the source states no price: such a
 * cost is unknown, never free, and its items are empty.
 */
public record Cost(String currency, List<CostItem> items, boolean known) {
  public Cost {
    Objects.requireNonNull(currency, "currency");
    items = List.copyOf(items);
    if (!known && !items.isEmpty()) throw new IllegalArgumentException("an unknown cost has no items: " + items);
  }

  /** A known cost made of {@code items}. */
  public Cost(String currency, List<CostItem> items) {
    this(currency, items, true);
  }

  /** A cost of zero in US dollars. */
  public static Cost free() {
    return new Cost("USD", List.of());
  }

  /** A cost the source does not state. */
  public static Cost unknown(String currency) {
    return new Cost(currency, List.of(), false);
  }

  /** The sum of the items (0 when unknown: check {@link #known()} first). */
  public double total() {
    // A loop, not a stream: planners sort a whole catalogue by it, and a stream per comparison was most of that sort.
    double total = 0;
    for (CostItem i : items) total += i.amount();
    return total;
  }
}
