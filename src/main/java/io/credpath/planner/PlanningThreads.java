package io.credpath.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * A few threads the application owns on which one request's independent plans (the moves a transitions request plans, the
 * ladders a ladder request proposes) run side by side. The caller hands its pieces to these threads, works through every
 * piece none of them has started yet, and then waits, parked, for those still running elsewhere: on the common pool the
 * callers of a parallel stream spun in {@code ForkJoinPool.helpComplete} for the pool's one worker on two cores while
 * other requests' pieces queued before theirs.
 */
public final class PlanningThreads implements AutoCloseable {
  private final ExecutorService threads;

  /** {@code helpers} threads besides each caller; none plans everything in the caller's thread, in order. */
  public PlanningThreads(int helpers) {
    if (helpers < 0) throw new IllegalArgumentException("helpers must not be negative: " + helpers);
    this.threads = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, r -> {
      Thread t = new Thread(r, "credpath-planning");
      t.setDaemon(true);
      return t;
    });
  }

  /** One helper fewer than the machine's processors (at least one): with each caller, one thread a processor. */
  public static PlanningThreads forThisMachine() {
    return new PlanningThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** Everything in the caller's thread, in order (tests, and finders built without the application's threads). */
  public static PlanningThreads callerOnly() {
    return new PlanningThreads(0);
  }

  /**
   * {@code plan} applied to each of {@code items}, in their order; an exception one of them throws is thrown here as it
   * was thrown (an unknown id stays an {@link io.credpath.catalog.UnknownIdException}).
   */
  public <T, R> List<R> each(List<T> items, Function<? super T, ? extends R> plan) {
    if (threads == null || items.size() < 2) return items.stream().<R>map(plan).toList();
    List<FutureTask<R>> pieces = new ArrayList<>(items.size());
    for (T item : items) pieces.add(new FutureTask<>(() -> plan.apply(item)));
    try {
      // The caller starts on the first piece at once; a helper takes the next one not started.
      for (int i = 1; i < pieces.size(); i++) threads.execute(pieces.get(i));
    } catch (RejectedExecutionException closed) {
      // (closed while serving: the caller plans what no helper took)
    }
    // run() does nothing for a piece a helper has started or finished.
    for (FutureTask<R> piece : pieces) piece.run();
    List<R> out = new ArrayList<>(pieces.size());
    for (FutureTask<R> piece : pieces) out.add(result(piece));
    return out;
  }

  private static <R> R result(FutureTask<R> piece) {
    try {
      return piece.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while planning side by side", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (threads != null) threads.shutdown();
  }
}
