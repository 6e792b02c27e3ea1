package io.credpath.advising;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on db-scheduler over the advising database: each job is one execution of the {@code cohort-plan} task,
 * named by the job's id, in {@code scheduled_tasks}. A replica takes an execution by updating its row's version, so each
 * runs on one replica at a time; a replica that dies mid-job stops its heartbeat, and after six missed beats another
 * replica (or this one, restarted) revives the execution, which resumes from the rows not yet done. A replica that stops
 * gracefully hands its running job back, due at once.
 */
final class JobScheduler implements AutoCloseable {
  static final String TASK = "cohort-plan";
  private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
  private final CustomTask<Void> task;
  private final Scheduler scheduler;

  /** What a job is: one run of it (true when it finished, false when it stopped for a shutdown), and failing it for good. */
  interface Runner {
    boolean run(String jobId, BooleanSupplier stopping);

    void fail(String jobId, String reason);
  }

  JobScheduler(DataSource dataSource, JobSettings settings, Runner runner) {
    this.task = Tasks.custom(TASK, Void.class)
        .onDeadExecutionRevive()
        // the database was unreachable: try again later, from where the job stands
        .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
        .execute((instance, context) -> {
          String id = instance.getId();
          boolean finished;
          try {
            finished = runner.run(id, () -> context.getSchedulerState().isShuttingDown());
          } catch (StoreException e) {
            throw e;
          } catch (RuntimeException e) {
            LOG.error("job {} failed", id, e);
            runner.fail(id, "the job stopped on an error: " + e);
            finished = true;
          }
          if (finished) return new CompletionHandler.OnCompleteRemove<>();
          return (complete, operations) -> operations.reschedule(complete, Instant.now());
        });
    this.scheduler = Scheduler.create(dataSource, task)
        .schedulerName(new SchedulerName.Fixed(settings.schedulerName()))
        .threads(settings.threads())
        .pollingInterval(settings.pollingInterval())
        .heartbeatInterval(settings.heartbeat())
        .shutdownMaxWait(settings.shutdownWait())
        .enableImmediateExecution()
        .build();
  }

  void start() {
    scheduler.start();
  }

  /** Makes the job {@code id} due now, unless an execution of it is already scheduled or running. */
  void schedule(String id) {
    scheduler.scheduleIfNotExists(task.instance(id), Instant.now());
  }

  @Override
  public void close() {
    scheduler.stop();
  }
}
