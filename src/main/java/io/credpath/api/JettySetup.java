package io.credpath.api;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty under Javalin, set up the way production deployments are: bounded worker threads, request bodies received
 * without holding a thread (with a minimum data rate), an idle timeout for requests in progress, connection limits
 * overall and per client address, and problem+json from Jetty's own error handling.
 */
final class JettySetup {
  private final ApiConfig config;
  private final ProblemJson problems;

  JettySetup(ApiConfig config, ProblemJson problems) {
    this.config = config;
    this.problems = problems;
  }

  void applyTo(JavalinConfig c) {
    ServerLimits limits = config.limits();
    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 8);
    threads.setName("credpath-http");
    c.jetty.threadPool = threads;
    c.jetty.modifyHttpConfiguration(http -> {
      // While a request is in progress (the connector's own idle timeout covers idle keep-alive connections).
      // Jetty's minimum data rates stay off: see BodyBuffer for why the request rate is checked there.
      http.setIdleTimeout(limits.requestIdleTimeout().toMillis());
      // Waiting for the first body bytes before dispatching saved a thread when bodies were read blocking; the body
      // buffer reads them asynchronously, so dispatch at once (a body over the limit is refused without waiting).
      http.setDelayDispatchUntilContent(false);
      // Javalin accepts every RFC 3986 URI, %u escapes included, which Jetty decodes but Javalin's path parameters do
      // not (a 500); refusing them leaves Jetty to answer 400. Encoded slashes and dots stay allowed: they reach the
      // routes as one path parameter, and an id holding them is an unknown id.
      http.setUriCompliance(http.getUriCompliance().without("credpath: RFC 3986 without %u escapes", UriCompliance.Violation.UTF16_ENCODINGS));
    });
    c.jetty.modifyServer(server -> {
      server.setStopTimeout(config.shutdownTimeout().toMillis());
      server.setErrorHandler(new JettyErrors(problems));
      server.addBean(new ConnectionLimit(limits.maxConnections(), server));
      if (limits.maxConnectionsPerAddress() > 0) server.addBean(new AddressConnectionLimit(server, limits.maxConnectionsPerAddress()));
    });
    c.jetty.modifyServletContextHandler(context -> {
      context.setErrorHandler(new JettyErrors(problems));
      context.addFilter(new FilterHolder(new BodyBuffer(config.maxBodyBytes(), CohortController.MAX_CSV_BYTES, CohortController.UPLOAD_PATH, limits.minRequestDataRate(), problems)), "/*",
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    });
  }
}
