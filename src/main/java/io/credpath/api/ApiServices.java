package io.credpath.api;

import io.credpath.planner.Planning;
import io.credpath.search.CatalogQueries;
import java.util.Objects;

/** The domain the server talks to, supplied by the composition root (or by fakes in tests). */
public record ApiServices(CatalogQueries catalog, Planning planning, Operations operations) {
  public ApiServices {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(planning, "planning");
    Objects.requireNonNull(operations, "operations");
  }
}
