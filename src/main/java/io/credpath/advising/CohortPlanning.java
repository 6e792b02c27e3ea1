package io.credpath.advising;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.Preferences;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One run of a cohort-planning job: plans each member the job has no outcome for yet, in file order, and stores each
 * plan with its outcome and the job's count in one durable transaction, so a run that dies mid-way loses at most the row
 * it was planning and the next run starts after the last row stored. A member that cannot be planned (the learner was
 * deleted, the target is no longer in the catalogue, a rule failed) is counted failed with the reason, and the job goes on.
 */
final class CohortPlanning implements JobScheduler.Runner {
  /** SQLSTATE of a unique constraint violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";
  private final Database database;
  private final PlanBook book;
  private final KeyStore keys;
  private final Clock clock;
  private final Function<String, String> ids;

  CohortPlanning(Database database, PlanBook book, KeyStore keys, Clock clock, Function<String, String> ids) {
    this.database = database;
    this.book = book;
    this.keys = keys;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public boolean run(String jobId, BooleanSupplier stopping) {
    Optional<JobTable.Row> found = read(c -> JobTable.find(c, jobId, Optional.empty()));
    if (found.isEmpty() || found.get().state().finished()) return true;
    JobTable.Row job = found.get();
    Optional<Tenant> tenant = keys.findTenant(job.tenant());
    if (tenant.isEmpty()) {
      fail(jobId, "the tenant " + job.tenant() + " is no longer configured");
      return true;
    }
    Tenant t = tenant.get();
    CatalogScope scope = new CatalogScope(Optional.of(t.id()), t.providers(), t.credentials());
    Actor actor = new Actor(t.id(), job.createdBy());
    database.write("start job " + jobId, c -> {
      JobTable.running(c, jobId, now());
      return null;
    });
    for (Cohort.Member m : read(c -> CohortTable.members(c, job.cohort(), jobId))) {
      if (stopping.getAsBoolean()) return false;
      Optional<Learner> learner = read(c -> LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(m.learner(), t.id())).stream().findFirst());
      Optional<PlanBook.Planned> planned = Optional.empty();
      Optional<String> failure = Optional.empty();
      if (learner.isEmpty()) {
        failure = Optional.of("the learner " + m.learner() + " was deleted");
      } else {
        try {
          planned = Optional.of(book.plan(actor, learner.get(), new PlanAsk(m.target(), Preferences.defaults(), job.startDate(), t.languages()), scope));
        } catch (StoreException e) {
          throw e;
        } catch (RuntimeException e) {
          failure = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
      }
      record(jobId, actor, m, planned, failure);
    }
    database.write("finish job " + jobId, c -> {
      JobTable.finish(c, jobId, JobState.DONE, Optional.empty(), now());
      return null;
    });
    return true;
  }

  @Override
  public void fail(String jobId, String reason) {
    database.write("fail job " + jobId, c -> {
      JobTable.finish(c, jobId, JobState.FAILED, Optional.of(reason), now());
      return null;
    });
  }

  /** Stores a member's plan (or why there is none) with the job's count; a row another run already stored is left as it is. */
  private void record(String jobId, Actor actor, Cohort.Member m, Optional<PlanBook.Planned> planned, Optional<String> failure) {
    Instant now = now();
    try {
      database.write("record row " + m.line() + " of job " + jobId, c -> {
        Optional<String> why = failure;
        Optional<String> planId = Optional.empty();
        boolean present = !LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(m.learner(), actor.tenant())).isEmpty();
        if (planned.isPresent() && present) {
          PlanBook.Planned p = planned.get();
          SavedPlan plan = new SavedPlan(ids.apply("p"), m.learner(), p.target(), p.basis(), now, actor.keyId(), p.request(), p.response(), p.pathways(),
              p.gap());
          PlanTable.insert(c, actor.tenant(), plan);
          AuditTable.append(c, actor, now, "plan.save", plan.id());
          planId = Optional.of(plan.id());
        } else if (planned.isPresent()) {
          why = Optional.of("the learner " + m.learner() + " was deleted");
        }
        JobTable.outcome(c, jobId, m.line(), planId, planId.isPresent() ? Optional.empty() : why);
        return null;
      });
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState()))) throw e;
    }
  }

  private <T> T read(Database.Work<T> work) {
    try (Connection c = database.dataSource().getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("could not read a job", e);
    }
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }
}
