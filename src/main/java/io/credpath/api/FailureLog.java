package io.credpath.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Logs a server-side failure with its stack trace the first time, then at most once per interval with how many
 * identical failures it left out, so that a failure every request repeats (a broken rule) cannot flood the log.
 */
final class FailureLog {
  private static final int MAX_KINDS = 1000;
  private final Clock clock;
  private final Duration interval;
  private final BiConsumer<String, Throwable> sink;
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

  /** One kind of failure: when it was last logged and how many times it happened since. */
  private static final class Kind {
    long loggedAt;
    int since;
  }

  FailureLog(Clock clock, Duration interval, BiConsumer<String, Throwable> sink) {
    this.clock = clock;
    this.interval = interval;
    this.sink = sink;
  }

  /** Records a failure of kind {@code key}; logs {@code message} and {@code e} unless the same kind was logged within the interval. */
  void failed(String key, String message, Throwable e) {
    if (kinds.size() > MAX_KINDS) kinds.clear();
    long now = clock.millis();
    Kind kind = kinds.computeIfAbsent(key, k -> new Kind());
    int omitted;
    synchronized (kind) {
      if (kind.loggedAt != 0 && now - kind.loggedAt < interval.toMillis()) {
        kind.since++;
        return;
      }
      omitted = kind.since;
      kind.loggedAt = now;
      kind.since = 0;
    }
    sink.accept(omitted == 0 ? message : message + " (" + omitted + " more identical failure(s) since it was last logged, "
        + "each logged at most once every " + interval.toSeconds() + " s)", e);
  }
}
