package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.advising.AdvisingStore;
import io.credpath.advising.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A 2xx from the advising API means the learner, saved plan, progress mark or cohort upload is on disk: a real server
 * process is killed with SIGKILL at a random moment while advisors create learners, save plans, mark steps started and
 * upload cohort files, restarted on the same store, and every acknowledged write must still be served, round after
 * round, on the embedded H2 file and on PostgreSQL; after the last kill the store is opened here directly.
 */
@Isolated
@Execution(ExecutionMode.CONCURRENT)
class DurableAdvisingWritesTest {
  private static final String ADMIN_KEY = "cp_admin.durable-advising-test-0123456789";
  private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
  private static final int ROUNDS = 3;
  private static final int WRITERS = 3;
  @TempDir static Path home;
  @TempDir Path work;

  @BeforeAll
  static void tinyTaxonomyAndRules() throws Exception {
    TestHome.write(home);
  }

  @Test
  void acknowledgedLearnersAndPlansSurviveKillNineOnTheEmbeddedH2File() throws Exception {
    Path data = work.resolve("data");
    killRounds("h2", List.of("--data-dir", data.toString()), () -> Database.embedded(data), new Random(21));
  }

  @Test
  void acknowledgedLearnersAndPlansSurviveKillNineOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE durable");
      }
      String url = postgres.getJdbcUrl("postgres", "durable");
      killRounds("postgresql", List.of("--data-dir", work.resolve("data").toString(), "--db-url", url, "--db-user", "postgres"),
          () -> Database.connect(url, Optional.of("postgres"), Optional.empty()), new Random(22));
    }
  }

  private void killRounds(String database, List<String> storeArgs, Supplier<Database> store, Random random) throws Exception {
    List<String> args = new ArrayList<>(List.of("--taxonomy", home.resolve("taxonomy").toString(), "--rules",
        home.resolve("rules").toString(), "--admin-key", ADMIN_KEY, "--on-disk-index", "false",
        "--address-rate-limit", "1000000", "--key-rate-limit", "1000000"));
    args.addAll(storeArgs);
    List<AdvisingWrites> rounds = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<String> report = new ArrayList<>();
    String advisor = null;
    for (int round = 1; round <= ROUNDS; round++) {
      try (ServerProcess server = ServerProcess.start(args, work.resolve("server-" + round + ".log"), Duration.ofSeconds(60))) {
        if (advisor == null) advisor = advisorKey(server.port());
        for (AdvisingWrites earlier : rounds) lost.addAll(earlier.missing(server.port()));
        AdvisingWrites writes = new AdvisingWrites(advisor, "r" + round);
        List<Thread> writers = writes.start(server.port(), WRITERS);
        for (int wait = 0; writes.plans.isEmpty() && wait < 400; wait++) Thread.sleep(50);
        Thread.sleep(random.nextInt(600)); // then the kill lands at a random moment, with every writer mid-request
        server.kill();
        for (Thread w : writers) w.join(25_000);
        report.add(String.format("%s kill %d: %d learners, %d plans, %d progress marks and %d cohorts acknowledged", database, round,
            writes.learners.size(), writes.plans.size(), writes.marks.size(), writes.cohorts.size()));
        rounds.add(writes);
      }
    }
    try (Database db = store.get()) {
      AdvisingStore reopened = new AdvisingStore(db, Clock.systemUTC(), new Random(1));
      for (AdvisingWrites r : rounds) {
        r.learners.stream().filter(l -> reopened.findLearner("durable", l).isEmpty()).forEach(l -> lost.add("learner " + l));
        r.plans.stream().filter(p -> reopened.findPlan("durable", p.split("/")[0], p.split("/")[1]).isEmpty())
            .forEach(p -> lost.add("plan " + p));
      }
    }
    report.forEach(System.out::println);
    assertThat(rounds).allSatisfy(r -> assertThat(r.plans).as("every round acknowledged plans").isNotEmpty());
    assertThat(rounds).allSatisfy(r -> assertThat(r.cohorts).as("every round acknowledged cohort uploads").isNotEmpty());
    assertThat(rounds.stream().mapToInt(r -> r.marks.size()).sum()).as("progress marks acknowledged").isPositive();
    assertThat(lost).as("acknowledged advising writes lost on %s:%n%s", database, String.join("\n", report)).isEmpty();
  }

  /** Puts the tenant {@code durable} and returns a new advisor key's secret for it. */
  private static String advisorKey(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> tenant = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/tenants/durable"))
        .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"ratePerMinute\":100000}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(200);
    HttpResponse<String> key = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/keys"))
        .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"advisor\",\"tenant\":\"durable\"}")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = SECRET.matcher(key.body());
    assertThat(m.find()).as(key.body()).isTrue();
    return m.group(1);
  }
}
