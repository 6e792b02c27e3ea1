package io.credpath.api;

import io.credpath.advising.ApiKey;
import io.credpath.advising.KeyStore;
import io.credpath.advising.Role;
import io.credpath.advising.Tenant;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Authenticates API keys, applies rate limits (per address, then per key) and CORS, and enforces each route's {@link Access}. */
final class Gate {
  private final ApiConfig config;
  private final KeyStore store;
  private final TokenBuckets buckets;
  private final Cors cors;

  Gate(ApiConfig config, KeyStore store, TokenBuckets buckets, Cors cors) {
    this.config = config;
    this.store = store;
    this.buckets = buckets;
    this.cors = cors;
  }

  /**
   * Before every API request: limit by address, resolve the caller, add CORS headers, limit by key. A refusal is
   * readable by the partner page that caused it (see {@link Cors#exposeRefusal}).
   */
  void admit(Context ctx) {
    try {
      limit("ip:" + ctx.ip(), config.addressRatePerMinute());
      if (ctx.method().name().equals("OPTIONS")) return;
      Optional<ApiKey> key = secret(ctx).map(s -> store.authenticate(s).orElseThrow(() -> ApiProblem.unauthorized("invalid or revoked API key")));
      Optional<Tenant> tenant = key.flatMap(ApiKey::tenant).flatMap(store::findTenant);
      if (key.isPresent() && key.get().role().needsTenant() && tenant.isEmpty()) {
        throw ApiProblem.of(403, "Forbidden", "this key's tenant is not configured");
      }
      Caller caller = new Caller(key, tenant, ctx.ip());
      caller.attachTo(ctx);
      cors.decorate(ctx, caller);
      if (key.isPresent()) limit("key:" + key.get().id(), tenant.map(Tenant::ratePerMinute).orElse(config.keyRatePerMinute()));
    } catch (ApiProblem refused) {
      cors.exposeRefusal(ctx);
      throw refused;
    }
  }

  /** Before a matched route: checks the caller may use it. */
  void authorize(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty() || roles.contains(Access.OPEN)) return;
    Caller caller = Caller.of(ctx);
    boolean anonymous = caller.key().isEmpty();
    if (roles.contains(Access.ADMIN)) {
      if (anonymous) throw ApiProblem.unauthorized("this endpoint needs an admin API key");
      if (!caller.isAdmin()) throw ApiProblem.of(403, "Forbidden", "this endpoint needs an admin API key");
    } else if (roles.contains(Access.ADVISE)) {
      if (anonymous) throw ApiProblem.unauthorized("this endpoint needs an advisor API key");
      if (!caller.isAdvisor()) throw ApiProblem.of(403, "Forbidden", "this endpoint needs an advisor API key");
    } else if (anonymous && roles.contains(Access.READ) && !config.anonymousRead()) {
      throw ApiProblem.unauthorized("this endpoint needs an API key");
    } else if (anonymous && roles.contains(Access.PLAN) && !config.anonymousPlanning()) {
      throw ApiProblem.unauthorized("planning needs an API key");
    }
  }

  private void limit(String bucket, int perMinute) {
    Optional<Duration> wait = buckets.take(bucket, perMinute);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new ApiProblem(429, "Too many requests", "rate limit of " + perMinute + " requests a minute exceeded; retry in "
          + seconds + " s", java.util.List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }
  }

  private static Optional<String> secret(Context ctx) {
    String auth = ctx.header("Authorization");
    String raw = auth != null ? auth : ctx.header("X-API-Key");
    if (raw == null) return Optional.empty();
    if (auth != null) {
      if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) throw ApiProblem.unauthorized("use Authorization: Bearer <key>");
      raw = auth.substring(7);
    }
    raw = raw.strip();
    if (raw.isEmpty() || raw.length() > 200) throw ApiProblem.unauthorized("invalid or revoked API key");
    return Optional.of(raw);
  }
}
