package io.credpath.app;

import io.credpath.advising.ReloadSignal;
import io.credpath.planner.PlanBasis;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps replicas on one database serving the same taxonomy and rules: a reload asked of this replica is announced
 * through the {@link ReloadSignal}, and every {@code interval} the signal is read and, when another replica announced
 * a reload since the last one seen here, this replica reloads from its own disk. Both paths hold one lock, so a
 * replica never reloads again for its own announcement. A replica whose disk differs from the announcing one's ends
 * up serving something else; that is logged, and {@code GET admin/rules} on each replica shows what it serves.
 */
final class ReloadFollower implements AutoCloseable {
  private final ReloadSignal signal;
  private final Runnable reload;
  private final Supplier<PlanBasis> serving;
  private final String name;
  private final PrintStream log;
  private final ScheduledExecutorService poller;
  private long seen;

  /**
   * A follower that reloads with {@code reload}, reads what is served from {@code serving}, announces as {@code name},
   * and polls every {@code interval}; it records the signal's current generation as seen (this replica has just loaded).
   */
  ReloadFollower(ReloadSignal signal, Runnable reload, Supplier<PlanBasis> serving, String name, Duration interval, PrintStream log) {
    this.signal = signal;
    this.reload = reload;
    this.serving = serving;
    this.name = name;
    this.log = log;
    this.seen = signal.read().generation();
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "credpath-reload-follower");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reloads this replica (throwing what the reload throws, announcing nothing then) and announces it to the others. */
  synchronized void reloadAndAnnounce() {
    reload.run();
    PlanBasis basis = serving.get();
    seen = Math.max(seen, signal.announce(basis.taxonomyFingerprint(), basis.rulesVersion(), name).generation());
  }

  /** Reads the signal once and follows a reload announced since the last one seen; returns whether it reloaded. */
  synchronized boolean poll() {
    ReloadSignal.Announcement a = signal.read();
    if (a.generation() <= seen) return false;
    seen = a.generation();
    try {
      reload.run();
    } catch (RuntimeException e) {
      log.printf("credpath: following reload #%d of %s failed, the previous taxonomy and rules keep serving: %s%n",
          a.generation(), a.by(), e.getMessage());
      return false;
    }
    PlanBasis now = serving.get();
    if (!now.rulesVersion().equals(a.rulesVersion()) || !now.taxonomyFingerprint().equals(a.taxonomyFingerprint())) {
      log.printf("credpath: reloaded following reload #%d of %s, but this replica's disk differs: it serves rules %s and "
          + "taxonomy %s, %s served rules %s and taxonomy %s%n", a.generation(), a.by(), shortly(now.rulesVersion()),
          shortly(now.taxonomyFingerprint()), a.by(), shortly(a.rulesVersion()), shortly(a.taxonomyFingerprint()));
    } else {
      log.printf("credpath: reloaded following reload #%d of %s (rules %s)%n", a.generation(), a.by(), shortly(now.rulesVersion()));
    }
    return true;
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // the database may be briefly unreachable; the next poll tries again, and nothing is lost meanwhile
      log.printf("credpath: could not read the reload signal: %s%n", e.getMessage());
    }
  }

  private static String shortly(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
