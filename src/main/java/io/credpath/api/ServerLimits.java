package io.credpath.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of the server one client can hold: worker threads, open connections overall and per client address
 * (0 turns the per-address limit off, e.g. behind a reverse proxy that is the only client address), how long a
 * request may go without sending or accepting a byte, and the slowest a request body may arrive, in bytes a second.
 */
public record ServerLimits(int maxThreads, int maxConnections, int maxConnectionsPerAddress, Duration requestIdleTimeout,
    int minRequestDataRate) {
  public ServerLimits {
    if (maxThreads < 8) throw new IllegalArgumentException("maxThreads must be at least 8: " + maxThreads);
    if (maxConnections < 1) throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
    if (maxConnectionsPerAddress < 0) {
      throw new IllegalArgumentException("maxConnectionsPerAddress must not be negative: " + maxConnectionsPerAddress);
    }
    Objects.requireNonNull(requestIdleTimeout, "requestIdleTimeout");
    if (requestIdleTimeout.toMillis() < 100) throw new IllegalArgumentException("requestIdleTimeout must be at least 100 ms: " + requestIdleTimeout);
    if (minRequestDataRate < 0) throw new IllegalArgumentException("minRequestDataRate must not be negative: " + minRequestDataRate);
  }

  /** 200 threads, 2,000 connections, 100 per address, 5 s without a byte, bodies at 1 KB/s or faster. */
  public static ServerLimits defaults() {
    return new ServerLimits(200, 2000, 100, Duration.ofSeconds(5), 1024);
  }
}
