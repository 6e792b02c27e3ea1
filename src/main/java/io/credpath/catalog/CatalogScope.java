package io.credpath.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of the catalogue a caller may see, the one rule every view applies (search, facets, suggestions, detail
 * pages, planning, transitions): a credential is in scope when its provider is listed (compared trimmed and
 * case-insensitively) or its id is; a scope listing neither sees the whole catalogue. {@code tenant}, when present,
 * names the rule overlay and plays no part in what is visible.
 */
public record CatalogScope(Optional<String> tenant, Set<String> providers, Set<String> credentials) {
  public CatalogScope {
    Objects.requireNonNull(tenant, "tenant");
    providers = providers.stream().map(CatalogScope::providerKey).collect(Collectors.toUnmodifiableSet());
    credentials = credentials.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
  }

  /** The whole catalogue, no tenant. */
  public static CatalogScope everything() {
    return new CatalogScope(Optional.empty(), Set.of(), Set.of());
  }

  /**
   * A provider name as scopes and the search index compare it: trimmed and lower-cased, so "Salesforce" and
   * "SalesForce" name one provider however a tenant or the catalogue spells it.
   */
  public static String providerKey(String provider) {
    return provider.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether this scope lists nothing and so sees the whole catalogue. */
  public boolean isEverything() {
    return providers.isEmpty() && credentials.isEmpty();
  }

  /** Whether the scope includes this credential. */
  public boolean allows(Credential c) {
    return isEverything() || providers.contains(providerKey(c.provider())) || credentials.contains(c.id());
  }

  /** The same restriction without the tenant: scopes that see the same credentials are then equal. */
  public CatalogScope withoutTenant() {
    return new CatalogScope(Optional.empty(), providers, credentials);
  }
}
