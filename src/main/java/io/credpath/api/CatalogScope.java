package io.credpath.api;

import io.credpath.catalog.Credential;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the catalogue a caller may see: everything, or a tenant's providers and credential ids. Passed
 * to search and planning so they restrict results; the tenant id also names the rule overlay.
 */
public record CatalogScope(Optional<String> tenant, Set<String> providers, Set<String> credentials) {
  public CatalogScope {
    Objects.requireNonNull(tenant, "tenant");
    providers = Set.copyOf(providers);
    credentials = Set.copyOf(credentials);
  }

  /** The whole catalogue, no tenant. */
  public static CatalogScope everything() {
    return new CatalogScope(Optional.empty(), Set.of(), Set.of());
  }

  /** Whether the scope includes this credential. */
  public boolean allows(Credential c) {
    if (providers.isEmpty() && credentials.isEmpty()) return true;
    return providers.contains(c.provider()) || credentials.contains(c.id());
  }
}
