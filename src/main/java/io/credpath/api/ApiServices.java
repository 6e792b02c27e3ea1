package io.credpath.api;

import io.credpath.advising.AdvisingStore;
import io.credpath.planner.Planning;
import io.credpath.search.CatalogQueries;
import java.util.Objects;

/**
 * The domain the server talks to, supplied by the composition root (or by fakes in tests): the catalogue, planning,
 * operations, and the advisors' store (on the key store's database).
 */
public record ApiServices(CatalogQueries catalog, Planning planning, Operations operations, AdvisingStore advising) {
  public ApiServices {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(planning, "planning");
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(advising, "advising");
  }
}
