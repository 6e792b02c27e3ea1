package io.credpath.api;

import io.javalin.security.RouteRole;

/** Who may call a route: anyone, catalogue readers, planners, or admins only. */
enum Access implements RouteRole {
  /** Health, readiness, metrics, docs and CORS preflight. */
  OPEN,
  /** Catalogue reads: any key, or anonymous when {@code anonymousRead}. */
  READ,
  /** Gap, pathways, transitions: any key, or anonymous when {@code anonymousPlanning}. */
  PLAN,
  /** Keys, tenants, reload, rule status: admin keys only. */
  ADMIN
}
