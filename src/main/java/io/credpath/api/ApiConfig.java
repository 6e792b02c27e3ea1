package io.credpath.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The API's share of the configuration: whether catalogue reads and planning are open to callers without a
 * key, the largest accepted body, default rate limits (per key and per client address, per minute), how
 * long a graceful stop may take, and how much of the server one client can hold.
 */
public record ApiConfig(boolean anonymousRead, boolean anonymousPlanning, int maxBodyBytes, int keyRatePerMinute,
    int addressRatePerMinute, Duration shutdownTimeout, ServerLimits limits) {
  public ApiConfig {
    if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
    if (keyRatePerMinute < 1) throw new IllegalArgumentException("keyRatePerMinute must be positive: " + keyRatePerMinute);
    if (addressRatePerMinute < 1) throw new IllegalArgumentException("addressRatePerMinute must be positive: " + addressRatePerMinute);
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads open to anonymous callers, planning behind a key, 64 KB bodies, 120 requests/min per key, 300 per address,
   * and the default server limits.
   */
  public static ApiConfig defaults() {
    return new ApiConfig(true, false, 64 * 1024, 120, 300, Duration.ofSeconds(10), ServerLimits.defaults());
  }
}
