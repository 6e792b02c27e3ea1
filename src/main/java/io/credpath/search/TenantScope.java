package io.credpath.search;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The credentials a tenant may see: those whose id is listed or whose provider is listed (providers compared
 * case-insensitively). Both empty means nothing is visible, so a misconfigured tenant fails closed.
 */
public record TenantScope(Set<String> credentialIds, Set<String> providers) {
  public TenantScope {
    Objects.requireNonNull(credentialIds, "credentialIds");
    Objects.requireNonNull(providers, "providers");
    credentialIds = Set.copyOf(credentialIds);
    providers = providers.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** A scope of these credential ids only. */
  public static TenantScope ofCredentials(Set<String> ids) {
    return new TenantScope(ids, Set.of());
  }

  /** A scope of these providers' credentials. */
  public static TenantScope ofProviders(Set<String> providers) {
    return new TenantScope(Set.of(), providers);
  }
}
