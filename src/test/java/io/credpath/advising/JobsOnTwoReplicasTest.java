package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.planner.Budget;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Planning;
import io.credpath.planner.TransitionFinder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas (two schedulers, two connection pools) on one PostgreSQL database: every job runs on one of them, each
 * member is planned once; and a replica that stops mid-job hands the job back, and the other finishes it from where it stood.
 */
class JobsOnTwoReplicasTest {
  private static final Actor ADVISOR = new Actor("t", "kadvisor");
  private static final Catalog CATALOG = Fixtures.smallCatalog();
  private EmbeddedPostgres postgres;
  private final List<AutoCloseable> open = new ArrayList<>();
  /** For each learner planned (by their experience years), the replicas that planned them, in order. */
  private final Map<String, List<String>> plannedBy = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE replicas");
    }
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    postgres.close();
  }

  private Cohorts replica(String name, long millisPerRow) {
    Database db = Database.connect(postgres.getJdbcUrl("postgres", "replicas"), Optional.of("postgres"), Optional.empty());
    open.add(db);
    JdbcKeyStore keys = new JdbcKeyStore(db, Clock.systemUTC(), new Random(name.hashCode()));
    keys.putTenant(new Tenant("t", Set.of(), Set.of(), Set.of(), 60, Set.of()));
    AdvisingStore store = new AdvisingStore(db, Clock.systemUTC(), new Random(name.hashCode() + 1));
    PlanBook book = new PlanBook(store, new RecordingPlanning(name, millisPerRow), new TextPlanJson(), Clock.systemUTC());
    Cohorts cohorts = new Cohorts(db, book, keys, Clock.systemUTC(), new Random(name.hashCode() + 2),
        new JobSettings(name, Duration.ofMillis(100), Duration.ofSeconds(1), 2, Duration.ofSeconds(5)));
    open.add(cohorts);
    cohorts.start();
    return cohorts;
  }

  /** A cohort of {@code learners}; each learner's experience years (hundredths from {@code first} on) tell them apart to the planner. */
  private static String cohortFile(String prefix, int first, int learners) {
    StringBuilder csv = new StringBuilder("reference,name,target,experience_years\n");
    for (int i = 0; i < learners; i++) {
      csv.append(prefix).append(i).append(",Learner ").append(i).append(",15-2051.01,").append(years(first + i)).append('\n');
    }
    return csv.toString();
  }

  private static String years(int n) {
    return String.format(java.util.Locale.ROOT, "%d.%02d", n / 100, n % 100);
  }

  private CohortJob await(Cohorts cohorts, String job) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      CohortJob j = cohorts.job("t", job).orElseThrow();
      if (j.state().finished()) return j;
      Thread.sleep(50);
    }
    throw new AssertionError("job " + job + " did not finish: " + cohorts.job("t", job));
  }

  @Test
  void everyJobRunsOnOneReplicaAndEveryMemberIsPlannedOnce() throws Exception {
    Cohorts a = replica("replica-a", 5);
    Cohorts b = replica("replica-b", 5);
    List<String> jobs = new ArrayList<>();
    Map<String, List<String>> members = new ConcurrentHashMap<>();
    for (int k = 0; k < 6; k++) {
      Cohorts via = k % 2 == 0 ? a : b;
      CohortUpload u = via.upload(ADVISOR, "cohort " + k, cohortFile("C" + k + "-", k * 20, 20).getBytes(StandardCharsets.UTF_8), CATALOG,
          CatalogScope.everything());
      CohortJob job = via.plan(ADVISOR, u.id(), LocalDate.parse("2025-09-01"));
      jobs.add(job.id());
      int first = k * 20;
      members.put(job.id(), java.util.stream.IntStream.range(first, first + 20).mapToObj(JobsOnTwoReplicasTest::years).toList());
    }
    for (String job : jobs) {
      CohortJob done = await(a, job);
      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.done()).isEqualTo(20);
      List<String> replicas = members.get(job).stream().flatMap(l -> plannedBy.getOrDefault(l, List.of()).stream()).distinct().toList();
      assertThat(replicas).as("job %s ran on one replica", job).hasSize(1);
    }
    assertThat(plannedBy).hasSize(120);
    assertThat(plannedBy.values()).allSatisfy(by -> assertThat(by).as("each member planned once").hasSize(1));
  }

  @Test
  void aReplicaThatStopsMidJobHandsItBackAndTheOtherFinishesIt() throws Exception {
    Cohorts a = replica("replica-a", 20);
    CohortUpload u = a.upload(ADVISOR, "big", cohortFile("B-", 0, 80).getBytes(StandardCharsets.UTF_8), CATALOG, CatalogScope.everything());
    CohortJob job = a.plan(ADVISOR, u.id(), LocalDate.parse("2025-09-01"));
    for (int i = 0; i < 400 && a.job("t", job.id()).orElseThrow().done() < 10; i++) Thread.sleep(20);
    Cohorts b = replica("replica-b", 20);
    a.close();
    int doneByA = a.job("t", job.id()).orElseThrow().done();
    assertThat(doneByA).as("A stopped mid-job").isBetween(10, 79);
    CohortJob done = await(b, job.id());
    assertThat(done.state()).isEqualTo(JobState.DONE);
    assertThat(done.done()).isEqualTo(80);
    assertThat(plannedBy).hasSize(80);
    assertThat(plannedBy.values()).allSatisfy(by -> assertThat(by).hasSize(1));
    assertThat(plannedBy.values().stream().filter(by -> by.get(0).equals("replica-b")).count()).isEqualTo(80 - doneByA);
  }

  /** A planner that answers at once with no pathway, after {@code millis}, noting which replica planned each learner. */
  private final class RecordingPlanning implements Planning {
    private final String replica;
    private final long millis;

    RecordingPlanning(String replica, long millis) {
      this.replica = replica;
      this.millis = millis;
    }

    @Override
    public Computed planComputed(PlanRequest request, CatalogScope scope) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      plannedBy.computeIfAbsent(years((int) Math.round(request.profile().experienceYears() * 100)), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
          .add(replica);
      return new Computed(plan(request, scope), new PlanBasis("f", "r"), CATALOG);
    }

    @Override
    public PlanResult plan(PlanRequest request, CatalogScope scope) {
      return new PlanResult(new PlanResult.Target(request.target(), "Business Intelligence Analysts"), List.of(), List.of(), List.of());
    }

    @Override public GapResult gap(PlanRequest request, CatalogScope scope) { throw new UnsupportedOperationException(); }
    @Override public List<TransitionFinder.Transition> transitions(LearnerProfile p, Budget b, CatalogScope s, int l, boolean c) {
      throw new UnsupportedOperationException();
    }
    @Override public LadderFinder.Answer ladders(LearnerProfile p, String t, Budget b, CatalogScope s, int l) {
      throw new UnsupportedOperationException();
    }
  }

  /** Plans written as short text; these tests never read one back. */
  private static final class TextPlanJson implements PlanJson {
    @Override public String request(PlanRequest request) { return "{\"target\":\"" + request.target() + "\"}"; }
    @Override public String response(PlanResult result) { return "{}"; }
    @Override public PlanRequest read(String request, Optional<String> tenant) { throw new UnsupportedOperationException(); }
  }
}
