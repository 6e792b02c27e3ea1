package io.credpath.api;

import io.credpath.advising.AdvisingStore;
import io.credpath.advising.Cohorts;
import io.credpath.planner.Planning;
import io.credpath.search.CatalogQueries;
import java.util.Objects;

/**
 * The domain the server talks to, supplied by the composition root (or by fakes in tests): the catalogue, planning,
 * operations, the advisors' store (on the key store's database) and their cohorts with their background jobs.
 */
public record ApiServices(CatalogQueries catalog, Planning planning, Operations operations, AdvisingStore advising, Cohorts cohorts) {
  public ApiServices {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(planning, "planning");
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(advising, "advising");
    Objects.requireNonNull(cohorts, "cohorts");
  }
}
