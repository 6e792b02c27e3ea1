package io.credpath.api;

import io.credpath.advising.ApiKey;
import io.credpath.advising.Role;
import io.credpath.advising.Tenant;
import io.credpath.catalog.CatalogScope;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** Who is calling: the authenticated key (if any), its tenant (partners and advisors), and the client address. */
record Caller(Optional<ApiKey> key, Optional<Tenant> tenant, String address) {
  private static final String ATTRIBUTE = "credpath.caller";

  /** The caller resolved for this request by {@link Gate}. */
  static Caller of(Context ctx) {
    Caller c = ctx.attribute(ATTRIBUTE);
    return c == null ? new Caller(Optional.empty(), Optional.empty(), ctx.ip()) : c;
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  boolean isAdmin() {
    return key.map(k -> k.role() == Role.ADMIN).orElse(false);
  }

  /** Whether the key is an advisor's (which always belongs to a tenant). */
  boolean isAdvisor() {
    return key.map(k -> k.role() == Role.ADVISOR).orElse(false) && tenant.isPresent();
  }

  /** The catalogue this caller may see: a partner's tenant restriction, or everything. */
  CatalogScope scope() {
    return tenant.map(t -> new CatalogScope(Optional.of(t.id()), t.providers(), t.credentials()))
        .orElseGet(() -> new CatalogScope(key.flatMap(ApiKey::tenant), Set.of(), Set.of()));
  }
}
