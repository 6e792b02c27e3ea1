package io.credpath.api;

import io.credpath.advising.KeyStore;
import io.credpath.advising.Tenant;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * CORS for partner widgets: a response carries {@code Access-Control-Allow-Origin} only for an origin the calling
 * key's tenant allows (never a wildcard). Preflights carry no key, so they pass when some tenant allows the origin;
 * the real request is then checked against the key's own tenant.
 */
final class Cors {
  private final KeyStore store;

  Cors(KeyStore store) {
    this.store = store;
  }

  /** Adds CORS headers when the request's origin is one the caller's tenant allows. */
  void decorate(Context ctx, Caller caller) {
    String origin = ctx.header("Origin");
    if (origin == null) return;
    ctx.header("Vary", "Origin");
    if (caller.tenant().map(t -> t.allowedOrigins().contains(origin)).orElse(false)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Expose-Headers", "Retry-After");
    }
  }

  /**
   * Lets a partner page read why its request was refused before the key's tenant was known (a bad key, a rate limit),
   * so its widget can say so: the refusal carries {@code Access-Control-Allow-Origin} when some tenant allows the
   * origin, as the preflight it passed did. A refusal holds no catalogue or learner data.
   */
  void exposeRefusal(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !allowedBySomeTenant(origin)) return;
    ctx.header("Vary", "Origin");
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Expose-Headers", "Retry-After");
  }

  /** Answers a preflight: 204 with the allowed methods and headers, or 403 for an origin no tenant allows. */
  void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    String method = ctx.header("Access-Control-Request-Method");
    ctx.header("Vary", "Origin");
    boolean simpleMethod = method != null && (method.toUpperCase(Locale.ROOT).equals("GET") || method.toUpperCase(Locale.ROOT).equals("POST"));
    if (origin == null || !simpleMethod || !allowedBySomeTenant(origin)) {
      throw ApiProblem.of(403, "Forbidden", "cross-origin requests from this origin are not allowed");
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Methods", "GET, POST");
    ctx.header("Access-Control-Allow-Headers", "Authorization, X-API-Key, Content-Type");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  private boolean allowedBySomeTenant(String origin) {
    return store.tenants().stream().map(Tenant::allowedOrigins).anyMatch(o -> o.contains(origin));
  }
}
