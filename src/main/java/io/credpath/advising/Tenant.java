package io.credpath.advising;

import io.credpath.catalog.CatalogScope;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner site: the catalogue it may show (providers and/or credential ids, see {@link CatalogScope}; both empty
 * means all), the browser origins allowed to call with its keys, its rate limit, and the languages its learners read
 * (ISO 639-1 codes; a planning request that names none uses these, and with none here either, English); its rule
 * overlay is named by its id. Providers and ids are kept as {@link CatalogScope} normalises them, so what is stored and
 * listed is what applies.
 */
public record Tenant(String id, Set<String> providers, Set<String> credentials, Set<String> allowedOrigins, int ratePerMinute,
    Set<String> languages) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public Tenant {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("tenant id must be lowercase letters, digits and '-': " + id);
    CatalogScope scope = new CatalogScope(Optional.of(id), providers, credentials);
    providers = scope.providers();
    credentials = scope.credentials();
    allowedOrigins = Set.copyOf(allowedOrigins);
    if (ratePerMinute < 1) throw new IllegalArgumentException("ratePerMinute must be positive: " + ratePerMinute);
    languages = Set.copyOf(languages);
  }

  /** A tenant that names no languages. */
  public Tenant(String id, Set<String> providers, Set<String> credentials, Set<String> allowedOrigins, int ratePerMinute) {
    this(id, providers, credentials, allowedOrigins, ratePerMinute, Set.of());
  }

  /** Whether a tenant id is well formed. */
  public static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
