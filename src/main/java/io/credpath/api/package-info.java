/**
 * The HTTP API: Javalin routes under {@code /api/v1}, API-key authentication with partner tenants, CORS, rate
 * limits, RFC 9457 problem responses, the compile-time OpenAPI document, health, readiness and Prometheus
 * metrics. It reaches the domain only through {@link io.credpath.api.CatalogQueries}, {@link
 * io.credpath.api.Planning} and {@link io.credpath.api.Operations}, which the composition root implements.
 */
package io.credpath.api;
