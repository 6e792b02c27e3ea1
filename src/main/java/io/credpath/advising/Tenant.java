package io.credpath.advising;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner site: the catalogue it may show (providers and/or credential ids; both empty means all), the browser
 * origins allowed to call with its keys, its rate limit, and the languages its learners read (ISO 639-1 codes; a
 * planning request that names none uses these, and with none here either, English); its rule overlay is named by its id.
 */
public record Tenant(String id, Set<String> providers, Set<String> credentials, Set<String> allowedOrigins, int ratePerMinute,
    Set<String> languages) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public Tenant {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("tenant id must be lowercase letters, digits and '-': " + id);
    providers = Set.copyOf(providers);
    credentials = Set.copyOf(credentials);
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

  /** Whether this tenant's catalogue includes a credential from {@code provider} with id {@code credential}. */
  public boolean shows(String credential, String provider) {
    if (providers.isEmpty() && credentials.isEmpty()) return true;
    return providers.contains(provider) || credentials.contains(credential);
  }
}
