/**
 * The HTTP API: Javalin routes under {@code /api/v1}, API-key authentication with partner tenants, CORS, rate
 * limits, RFC 9457 problem responses, the compile-time OpenAPI document, health, readiness and Prometheus
 * metrics, and the web pages and partner widget ({@code WebPages}: static files that use only this API). It reaches the domain only through the core's ports, {@link io.credpath.search.CatalogQueries} and {@link
 * io.credpath.planner.Planning}, and serializes their records as they are; {@link io.credpath.api.Operations} (readiness,
 * reload, rule status) is the one hook it owns, into the running application.
 */
package io.credpath.api;
