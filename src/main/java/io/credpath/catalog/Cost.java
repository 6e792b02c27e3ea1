package io.credpath.catalog;

import java.util.List;
import java.util.Objects;

/** What a credential costs, as items in one currency. */
public record Cost(String currency, List<CostItem> items) {
  public Cost {
    Objects.requireNonNull(currency, "currency");
    items = List.copyOf(items);
  }

  /** A cost of zero in US dollars. */
  public static Cost free() {
    return new Cost("USD", List.of());
  }

  /** The sum of the items. */
  public double total() {
    return items.stream().mapToDouble(CostItem::amount).sum();
  }
}
