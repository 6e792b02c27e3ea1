package io.credpath.advising;

import java.util.Objects;

/** Who acts on a tenant's advising records: the tenant and the id of the API key used (never its secret). */
public record Actor(String tenant, String keyId) {
  public Actor {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(keyId, "keyId");
  }
}
