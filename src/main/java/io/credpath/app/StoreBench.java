package io.credpath.app;

import io.credpath.advising.Database;
import io.credpath.advising.JdbcKeyStore;
import io.credpath.advising.KeyStore;
import io.credpath.advising.Role;
import io.credpath.advising.Tenant;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code credpath bench store}: the latency of the admin API's two writes (put a tenant, create a partner key) on the
 * configured store, by default a fresh embedded H2 file, so the cost of making each write durable can be measured.
 */
final class StoreBench {
  private final AppConfig config;
  private final PrintStream out;

  StoreBench(AppConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(int iterations, int warmup) {
    Database database = config.dbUrl().isPresent()
        ? Database.connect(config.dbUrl().get(), config.dbUser(), config.dbPassword())
        : Database.embedded(config.dataDir());
    try (KeyStore store = new JdbcKeyStore(database, Clock.systemUTC(), new SecureRandom())) {
      String run = Long.toString(System.currentTimeMillis(), 36);
      for (int i = 0; i < warmup; i++) write(store, "warm-" + run + "-" + i);
      double[] tenants = new double[iterations];
      double[] keys = new double[iterations];
      for (int i = 0; i < iterations; i++) {
        String id = "bench-" + run + "-" + i;
        long t = System.nanoTime();
        store.putTenant(new Tenant(id, Set.of("Coursera"), Set.of(), Set.of("https://" + id + ".example"), 60));
        long u = System.nanoTime();
        store.create(Role.PARTNER, Optional.of(id), "bench");
        long v = System.nanoTime();
        tenants[i] = (u - t) / 1e6;
        keys[i] = (v - u) / 1e6;
      }
      report("put-tenant", tenants, warmup);
      report("create-key", keys, warmup);
    }
    return 0;
  }

  private static void write(KeyStore store, String id) {
    store.putTenant(new Tenant(id, Set.of(), Set.of(), Set.of(), 60));
    store.create(Role.PARTNER, Optional.of(id), "warm-up");
  }

  private void report(String what, double[] ms, int warmup) {
    Arrays.sort(ms);
    out.printf("bench store %s: %d writes after %d warm-up: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", what,
        ms.length, warmup, BenchCommand.pct(ms, 50), BenchCommand.pct(ms, 90), BenchCommand.pct(ms, 99), ms[ms.length - 1]);
  }
}
