package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.planner.Planning;
import java.lang.reflect.Proxy;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a job reports of its progress as it stands in the store: done, failed and remaining rows, and the time left at the
 * pace of the current run, which after a restart counts only the rows done since (the run before may have been faster or
 * slower, and its time is not known).
 */
class JobProgressTest {
  private static final Instant RUN_STARTED = Instant.parse("2027-01-04T09:00:00Z");
  private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();

  private Database db;
  private Cohorts cohorts;

  @BeforeEach
  void open() {
    db = Database.connect("jdbc:h2:mem:job-progress" + DATABASES.incrementAndGet(), Optional.empty(), Optional.empty());
    Clock clock = Clock.fixed(RUN_STARTED.plus(Duration.ofSeconds(40)), ZoneOffset.UTC);
    JdbcKeyStore keys = new JdbcKeyStore(db, clock, new Random(1));
    keys.putTenant(new Tenant("t", Set.of(), Set.of(), Set.of(), 60, Set.of()));
    AdvisingStore store = new AdvisingStore(db, clock, new Random(2));
    // The scheduler is never started here, so nothing plans: the job rows below are all there is.
    PlanBook book = new PlanBook(store, neverCalled(Planning.class), neverCalled(PlanJson.class), clock);
    cohorts = new Cohorts(db, book, keys, clock, new Random(4),
        new JobSettings("progress", Duration.ofMillis(100), Duration.ofSeconds(1), 1, Duration.ofSeconds(1)));
    sql("INSERT INTO cohorts (id, tenant_id, name, rows_read, rejected, created_at, created_by) VALUES ('c1', 't', 'intake', 1000, 0, 0, 'k1')");
  }

  @AfterEach
  void close() {
    cohorts.close();
    db.close();
  }

  @Test
  void aRunningJobEstimatesTheTimeLeftAtThePaceOfItsCurrentRun() {
    // Restarted with 100 rows behind it; 200 more (10 of them failed) in the 40 s since: 0.2 s a row for the 700 left.
    job("j1", "running", 290, 10, 100);
    CohortJob j = cohorts.job("t", "j1").orElseThrow();
    assertThat(List.of(j.total(), j.done(), j.failed(), j.remaining())).containsExactly(1000, 290, 10, 700);
    assertThat(j.estimatedSecondsLeft()).hasValue(140);
  }

  @Test
  void noEstimateBeforeTheCurrentRunHasDoneARowAndNoneLeftOnceFinished() {
    job("queued", "queued", 0, 0, 0);
    job("restarted", "running", 290, 10, 300);
    job("done", "done", 990, 10, 0);
    assertThat(cohorts.job("t", "queued").orElseThrow().estimatedSecondsLeft()).isEmpty();
    assertThat(cohorts.job("t", "restarted").orElseThrow().estimatedSecondsLeft()).isEmpty();
    CohortJob done = cohorts.job("t", "done").orElseThrow();
    assertThat(done.remaining()).isZero();
    assertThat(done.estimatedSecondsLeft()).isEqualTo(OptionalInt.of(0));
    assertThat(cohorts.job("another tenant", "done")).isEmpty();
  }

  private void job(String id, String state, int done, int failed, int runStartedCount) {
    long started = RUN_STARTED.toEpochMilli();
    String running = state.equals("queued") ? "NULL, NULL, NULL" : "%d, %d, %d".formatted(started - 60_000, started, runStartedCount);
    sql(("INSERT INTO advising_jobs (id, tenant_id, kind, cohort_id, start_date, state, total, done, failed, created_at, created_by, "
        + "started_at, run_started_at, run_started_count) VALUES ('%s', 't', 'cohort.plan', 'c1', '2027-01-04', '%s', 1000, %d, %d, 0, 'k1', %s)")
        .formatted(id, state, done, failed, running));
  }

  private void sql(String statement) {
    db.write("insert a row", c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(statement);
      }
    });
  }

  /** A {@code type} whose every method fails the test: these tests never plan. */
  private static <T> T neverCalled(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      throw new AssertionError(type.getSimpleName() + "." + method.getName() + " called");
    }));
  }
}
