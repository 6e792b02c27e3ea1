package io.credpath.api;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/** Prometheus metrics: per-route request counts and latency histograms, planning latency and rule reloads. */
final class ApiMetrics {
  private final PrometheusMeterRegistry registry;
  private final Timer planTimer;

  ApiMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    this.planTimer = Timer.builder("credpath.plan.latency").description("Time to plan pathways").publishPercentileHistogram()
        .register(registry);
  }

  /** Records one finished request under its route template (not the raw path, to bound cardinality). */
  void request(Context ctx, float millis) {
    String route = routeOf(ctx);
    Timer.builder("http.server.requests").description("HTTP requests by route")
        .tag("method", ctx.method().name()).tag("route", route).tag("status", Integer.toString(ctx.status().getCode()))
        .publishPercentileHistogram().register(registry).record(Duration.ofNanos((long) (millis * 1_000_000)));
  }

  /** The matched route template; requests stopped before routing (auth, limits, unknown paths) share one label. */
  private static String routeOf(Context ctx) {
    try {
      String route = ctx.endpointHandlerPath();
      return route == null || route.isEmpty() ? "unrouted" : route;
    } catch (IllegalStateException e) {
      return "unrouted";
    }
  }

  /** Runs a planning call under the plan latency timer. */
  <T> T timePlan(Supplier<T> plan) {
    return planTimer.record(plan);
  }

  /** Counts one reload by outcome ({@code ok} or {@code failed}). */
  void reloaded(boolean ok) {
    Counter.builder("credpath.rules.reloads").description("Taxonomy and rule reloads").tag("result", ok ? "ok" : "failed")
        .register(registry).increment();
  }

  /** The Prometheus text exposition. */
  String scrape() {
    return registry.scrape();
  }
}
