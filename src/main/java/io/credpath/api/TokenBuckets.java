package io.credpath.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets by name (a key id or a client address), each refilling {@code perMinute} tokens a minute, on an injected clock. */
final class TokenBuckets {
  private static final int MAX_BUCKETS = 100_000;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(Clock clock) {
    this.clock = clock;
  }

  /** Takes one token; when the bucket is empty, how long until the next token. */
  Optional<Duration> take(String name, int perMinute) {
    long now = clock.millis();
    if (buckets.size() > MAX_BUCKETS) buckets.values().removeIf(b -> b.idleSince(now, 120_000));
    return buckets.computeIfAbsent(name, n -> new Bucket(perMinute, now)).take(perMinute, now);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.last = now;
    }

    synchronized Optional<Duration> take(int perMinute, long now) {
      double perMilli = perMinute / 60_000.0;
      tokens = Math.min(perMinute, tokens + Math.max(0, now - last) * perMilli);
      last = Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli)));
    }

    synchronized boolean idleSince(long now, long millis) {
      return now - last > millis;
    }
  }
}
