package io.credpath.advising;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored API key without its secret: the visible id, role, tenant (partners and advisors), label and lifecycle times. */
public record ApiKey(String id, Role role, Optional<String> tenant, String label, Instant created, Optional<Instant> revoked) {
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(revoked, "revoked");
    if (role.needsTenant() && tenant.isEmpty()) throw new IllegalArgumentException("a " + role + " key needs a tenant: " + id);
  }

  /** Whether the key still authenticates. */
  public boolean active() {
    return revoked.isEmpty();
  }
}
