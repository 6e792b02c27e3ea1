package io.credpath.api;

import io.javalin.security.RouteRole;

/** Who may call a route: anyone, catalogue readers, planners, advisors only, or admins only. */
enum Access implements RouteRole {
  /** Health, readiness, metrics, docs and CORS preflight. */
  OPEN,
  /** Catalogue reads: any key, or anonymous when {@code anonymousRead}. */
  READ,
  /** Gap, pathways, transitions: any key, or anonymous when {@code anonymousPlanning}. */
  PLAN,
  /** Learners, saved plans, what-ifs and the audit trail of a tenant: advisor keys only (their tenant's records). */
  ADVISE,
  /** Keys, tenants, reload, rule status: admin keys only. */
  ADMIN
}
