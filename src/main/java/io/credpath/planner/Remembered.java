package io.credpath.planner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a finder has planned for this catalogue generation (transitions, ladder rungs), by request, the least recently
 * used forgotten past {@code capacity}; safe to share between threads (a value may be computed twice by two threads at
 * once, never stored inconsistently).
 */
final class Remembered<K, V> {
  private final Map<K, V> values;

  Remembered(int capacity) {
    this.values = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value remembered for {@code key}, computed by {@code compute} (outside the lock) and remembered if new. */
  V get(K key, Supplier<V> compute) {
    synchronized (values) {
      V known = values.get(key);
      if (known != null) return known;
    }
    V v = compute.get();
    synchronized (values) {
      values.put(key, v);
    }
    return v;
  }
}
