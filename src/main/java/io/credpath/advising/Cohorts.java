package io.credpath.advising;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A tenant's cohorts: uploaded as CSV (every row kept as a learner or rejected with its problems, in one transaction),
 * and planned by background jobs that save each member's plan as {@link PlanBook} saves one, survive restarts and run on
 * one replica at a time ({@link JobScheduler}); a job's progress is read from what it has stored.
 */
public final class Cohorts implements AutoCloseable {
  private final Database database;
  private final Clock clock;
  private final Random random;
  private final JobScheduler scheduler;
  private final Allocations allocations;

  /** Cohorts over a migrated database; jobs plan with {@code book} within each tenant's scope as {@code keys} holds it. */
  public Cohorts(Database database, PlanBook book, KeyStore keys, Clock clock, Random random, JobSettings settings) {
    this.database = database;
    this.clock = clock;
    this.random = random;
    CohortPlanning planning = new CohortPlanning(database, book, keys, clock, this::newId);
    this.scheduler = new JobScheduler(database.dataSource(), settings, planning);
    this.allocations = new Allocations(database, clock, random, SharedBudgetOptimizer.DEFAULT_WORK);
  }

  /** The cohorts' allocations under a shared budget and their demand reports. */
  public Allocations allocations() {
    return allocations;
  }

  /** Starts running jobs, and makes every unfinished job due (one whose scheduling was lost in a crash included). */
  public void start() {
    scheduler.start();
    read("read unfinished jobs", JobTable::unfinished).forEach(scheduler::schedule);
  }

  /**
   * Reads a cohort file and stores, in one transaction, a learner for each row that reads as one and whose reference the
   * tenant does not already use; a {@link CohortFileException} (nothing stored) when the file cannot be read or no row can be kept.
   */
  public CohortUpload upload(Actor actor, String name, byte[] csv, Catalog catalog, CatalogScope scope) {
    CohortCsv.Parsed parsed = new CohortCsv(catalog, scope).read(csv);
    Instant now = now();
    String id = newId("c");
    return database.write("store cohort " + id, c -> {
      List<RowOutcome> outcomes = new ArrayList<>(parsed.rejected());
      List<Cohort.Member> members = new ArrayList<>();
      for (CohortRow row : parsed.accepted()) {
        String ref = row.fields().externalRef();
        List<Learner> taken = LearnerTable.select(c, "tenant_id = ? AND external_ref = ?", List.of(actor.tenant(), ref));
        if (!taken.isEmpty()) {
          outcomes.add(RowOutcome.rejected(row.line(), ref, List.of(new CsvError(row.line(), row.referenceColumn(), "reference",
              "learner " + taken.get(0).id() + " already has the reference '" + ref + "'"))));
          continue;
        }
        Learner learner = Learner.of(newId("l"), actor.tenant(), row.fields(), now, now);
        LearnerTable.insert(c, learner);
        AuditTable.append(c, actor, now, "learner.create", learner.id());
        members.add(new Cohort.Member(row.line(), ref, learner.id(), row.target()));
        outcomes.add(new RowOutcome(row.line(), ref, true, Optional.of(learner.id()), List.of()));
      }
      outcomes.sort(Comparator.comparingInt(RowOutcome::line));
      if (members.isEmpty()) {
        throw new CohortFileException("no row of the file could be kept", outcomes.stream().flatMap(o -> o.errors().stream()).toList());
      }
      CohortTable.insert(c, id, actor.tenant(), name, parsed.rows(), parsed.rows() - members.size(), now, actor.keyId());
      CohortTable.insertMembers(c, id, members);
      AuditTable.append(c, actor, now, "cohort.create", id);
      return new CohortUpload(id, name, parsed.rows(), members.size(), parsed.rows() - members.size(), outcomes);
    });
  }

  /** The tenant's cohort {@code id} with its members. */
  public Optional<Cohort> find(String tenant, String id) {
    return read("read cohort", c -> CohortTable.find(c, tenant, id));
  }

  /**
   * Queues a job planning every member of the tenant's cohort from {@code startDate}, or answers the cohort's job still
   * queued or running; {@link NoSuchRecordException} when the tenant holds no such cohort. The job is stored before it is
   * scheduled, so it is never lost: {@link #start} schedules any unfinished job again.
   */
  public CohortJob plan(Actor actor, String cohortId, LocalDate startDate) {
    Instant now = now();
    String jobId = database.write("queue a job for cohort " + cohortId, c -> {
      Cohort cohort = CohortTable.find(c, actor.tenant(), cohortId).orElseThrow(() -> new NoSuchRecordException("cohort", cohortId));
      Optional<String> running = JobTable.unfinishedFor(c, actor.tenant(), cohortId);
      if (running.isPresent()) return running.get();
      String id = newId("j");
      JobTable.insert(c, new JobTable.Row(id, actor.tenant(), cohortId, startDate, JobState.QUEUED, cohort.members().size(), 0, 0,
          Optional.empty(), now, actor.keyId(), Optional.empty(), Optional.empty(), 0, Optional.empty()));
      AuditTable.append(c, actor, now, "cohort.plan", id);
      return id;
    });
    scheduler.schedule(jobId);
    return job(actor.tenant(), jobId).orElseThrow(() -> new NoSuchRecordException("job", jobId));
  }

  /** The tenant's job {@code id} as it stands. */
  public Optional<CohortJob> job(String tenant, String id) {
    return read("read job", c -> {
      Optional<JobTable.Row> row = JobTable.find(c, id, Optional.of(tenant));
      if (row.isEmpty()) return Optional.empty();
      JobTable.Row j = row.get();
      return Optional.of(status(j, JobTable.failures(c, j.id(), j.cohort())));
    });
  }

  private CohortJob status(JobTable.Row j, List<CohortJob.RowFailure> failures) {
    int processed = j.done() + j.failed();
    int remaining = Math.max(0, j.total() - processed);
    OptionalInt left = OptionalInt.empty();
    int thisRun = processed - j.runStartedCount();
    if (j.state() == JobState.RUNNING && j.runStarted().isPresent() && thisRun > 0) {
      long elapsed = Duration.between(j.runStarted().get(), now()).toMillis();
      left = OptionalInt.of((int) Math.ceil(elapsed / 1000.0 / thisRun * remaining));
    } else if (j.state().finished()) {
      left = OptionalInt.of(0);
    }
    return new CohortJob(j.id(), j.cohort(), j.startDate(), j.state(), j.total(), j.done(), j.failed(), remaining, left, j.created(),
        j.started(), j.finished(), j.failure(), failures);
  }

  private <T> T read(String what, Database.Work<T> work) {
    return database.read(what, work);
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  private String newId(String prefix) {
    return Database.newId(random, prefix);
  }

  /** Stops taking jobs; a running job stops at its next row and is handed back to run again (here after a restart, or elsewhere). */
  @Override
  public void close() {
    scheduler.close();
  }
}
