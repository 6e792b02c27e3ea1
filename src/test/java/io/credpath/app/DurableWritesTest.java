package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.advising.Database;
import io.credpath.advising.JdbcKeyStore;
import io.credpath.advising.KeyStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A 2xx from the admin API means the write is on disk: a real server process is killed with SIGKILL at a random
 * moment while admin writes are in flight, restarted on the same store, and every tenant and key whose 2xx reached
 * the client must still be there, round after round, on the embedded H2 file and on PostgreSQL. After the last kill
 * the store is opened here, through the same store code, instead of starting one more server. The two databases run
 * concurrently, and no other test class runs meanwhile: most of the time goes to starting server processes.
 */
@Isolated
@Execution(ExecutionMode.CONCURRENT)
class DurableWritesTest {
  private static final String ADMIN_KEY = "cp_admin.durable-writes-test-0123456789";
  private static final int ROUNDS = 5;
  private static final int WRITERS = 3;
  @TempDir static Path home;
  @TempDir Path work;

  @BeforeAll
  static void tinyTaxonomyAndRules() throws Exception {
    TestHome.write(home);
  }

  @Test
  void acknowledgedWritesSurviveKillNineOnTheEmbeddedH2File() throws Exception {
    Path data = work.resolve("data");
    killRounds("h2", List.of("--data-dir", data.toString()), () -> Database.embedded(data), new Random(11));
  }

  @Test
  void acknowledgedWritesSurviveKillNineOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE durable");
      }
      String url = postgres.getJdbcUrl("postgres", "durable");
      killRounds("postgresql", List.of("--data-dir", work.resolve("data").toString(), "--db-url", url, "--db-user", "postgres"),
          () -> Database.connect(url, Optional.of("postgres"), Optional.empty()), new Random(12));
    }
  }

  private void killRounds(String database, List<String> storeArgs, Supplier<Database> store, Random random) throws Exception {
    List<String> args = new ArrayList<>(List.of("--taxonomy", home.resolve("taxonomy").toString(), "--rules",
        home.resolve("rules").toString(), "--admin-key", ADMIN_KEY, "--on-disk-index", "false",
        "--address-rate-limit", "1000000", "--key-rate-limit", "1000000"));
    args.addAll(storeArgs);
    List<AdminWrites> rounds = new ArrayList<>();
    List<String> report = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      try (ServerProcess server = ServerProcess.start(args, work.resolve("server-" + round + ".log"), Duration.ofSeconds(60))) {
        for (AdminWrites earlier : rounds) {
          boolean last = earlier == rounds.get(rounds.size() - 1);
          List<String> tenants = earlier.missingTenants(server.port());
          // The round just killed is checked key by key through authentication; earlier rounds by the key listing.
          List<String> keys = last ? earlier.keysNotAuthenticating(server.port()) : earlier.missingKeys(server.port());
          if (last) {
            report.add(String.format("%s kill %d: %d tenants and %d keys acknowledged; after restart %d tenants listed and %d keys "
                + "authenticate", database, rounds.size(), earlier.tenants.size(), earlier.keys.size(),
                earlier.tenants.size() - tenants.size(), earlier.keys.size() - keys.size()));
          }
          tenants.forEach(t -> lost.add("tenant " + t));
          keys.forEach(k -> lost.add("key " + k));
        }
        AdminWrites writes = new AdminWrites(ADMIN_KEY, "r" + round);
        List<Thread> writers = writes.start(server.port(), WRITERS);
        for (int wait = 0; writes.keys.isEmpty() && wait < 200; wait++) Thread.sleep(50);
        Thread.sleep(random.nextInt(600)); // then the kill lands at a random moment, with every writer mid-request
        server.kill();
        for (Thread w : writers) w.join(15_000);
        rounds.add(writes);
      }
    }
    AdminWrites last = rounds.get(rounds.size() - 1);
    try (KeyStore keys = new JdbcKeyStore(store.get(), Clock.systemUTC(), new SecureRandom())) {
      List<String> missing = new ArrayList<>();
      rounds.forEach(r -> missing.addAll(r.missingFrom(keys)));
      List<String> lastMissing = last.missingFrom(keys);
      report.add(String.format("%s kill %d: %d tenants and %d keys acknowledged; reopened, the store has %d of %d acknowledged records",
          database, ROUNDS, last.tenants.size(), last.keys.size(), last.tenants.size() + last.keys.size() - lastMissing.size(),
          last.tenants.size() + last.keys.size()));
      lost.addAll(missing);
    }
    report.forEach(System.out::println);
    assertThat(rounds).allSatisfy(r -> assertThat(r.keys).as("every round acknowledged writes").isNotEmpty());
    assertThat(lost).as("acknowledged writes lost on %s:%n%s", database, String.join("\n", report)).isEmpty();
  }
}
