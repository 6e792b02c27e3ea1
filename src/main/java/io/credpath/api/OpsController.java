package io.credpath.api;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import java.util.Map;

/** Liveness, readiness and Prometheus metrics. */
final class OpsController {
  private final Operations operations;
  private final ApiMetrics metrics;

  OpsController(Operations operations, ApiMetrics metrics) {
    this.operations = operations;
    this.metrics = metrics;
  }

  @OpenApi(path = "/health", methods = HttpMethod.GET, tags = "ops", summary = "Liveness: the process serves requests",
      responses = @OpenApiResponse(status = "200"))
  void health(Context ctx) {
    ctx.json(Map.of("status", "up"));
  }

  @OpenApi(path = "/ready", methods = HttpMethod.GET, tags = "ops", summary = "Readiness: taxonomy, rules and indexes loaded",
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Operations.Readiness.class)),
          @OpenApiResponse(status = "503", content = @OpenApiContent(from = Operations.Readiness.class))})
  void ready(Context ctx) {
    Operations.Readiness r = operations.readiness();
    ctx.status(r.ready() ? 200 : 503).json(r);
  }

  @OpenApi(path = "/metrics", methods = HttpMethod.GET, tags = "ops", summary = "Prometheus metrics",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/plain")))
  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }
}
