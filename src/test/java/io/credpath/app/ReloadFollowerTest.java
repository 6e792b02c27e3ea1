package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.advising.Database;
import io.credpath.advising.ReloadSignal;
import io.credpath.planner.PlanBasis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replicas on one database follow each other's reloads through the reload signal (schema V5); the HTTP path across two
 * real replicas behind nginx is in {@code LocalClusterIT}. Polls are called directly (the timer is an hour), so each
 * step is exact.
 */
class ReloadFollowerTest {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final Database database = Database.connect("jdbc:h2:mem:reload" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
      Optional.empty(), Optional.empty());
  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);

  /** A replica's state as the follower sees it: how often it reloaded, what it serves after a reload, whether that fails. */
  private static final class Replica {
    final AtomicInteger reloads = new AtomicInteger();
    final AtomicReference<PlanBasis> disk = new AtomicReference<>(new PlanBasis("tax-1", "rules-1"));
    final AtomicReference<PlanBasis> serving = new AtomicReference<>(disk.get());
    volatile boolean broken;

    void reload() {
      if (broken) throw new IllegalStateException("rules/eligibility.drl:3: no viable alternative");
      reloads.incrementAndGet();
      serving.set(disk.get());
    }
  }

  private ReloadFollower follower(Replica r, String name) {
    return new ReloadFollower(new ReloadSignal(database, Clock.systemUTC()), r::reload, r.serving::get, name, Duration.ofHours(1), log);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aReloadOnOneReplicaIsFollowedOnceByTheOtherAndNotRepeatedByItself() {
    Replica a = new Replica();
    Replica b = new Replica();
    try (ReloadFollower fa = follower(a, "a"); ReloadFollower fb = follower(b, "b")) {
      assertThat(fb.poll()).isFalse();
      a.disk.set(new PlanBasis("tax-1", "rules-2"));
      b.disk.set(new PlanBasis("tax-1", "rules-2"));
      fa.reloadAndAnnounce();
      assertThat(a.reloads).hasValue(1);
      assertThat(fa.poll()).as("its own announcement").isFalse();
      assertThat(fb.poll()).isTrue();
      assertThat(fb.poll()).as("the same announcement again").isFalse();
      assertThat(b.reloads).hasValue(1);
      assertThat(b.serving.get().rulesVersion()).isEqualTo("rules-2");
      assertThat(new ReloadSignal(database, Clock.systemUTC()).read())
          .satisfies(s -> assertThat(s.generation()).isEqualTo(1))
          .satisfies(s -> assertThat(s.rulesVersion()).isEqualTo("rules-2"))
          .satisfies(s -> assertThat(s.by()).isEqualTo("a"));
      assertThat(logged.toString(StandardCharsets.UTF_8)).contains("reloaded following reload #1 of a (rules rules-2)");
    }
  }

  @Test
  void aReplicaStartedAfterAReloadDoesNotReloadForIt() {
    Replica a = new Replica();
    try (ReloadFollower fa = follower(a, "a")) {
      fa.reloadAndAnnounce();
      Replica late = new Replica();
      try (ReloadFollower fl = follower(late, "late")) {
        assertThat(fl.poll()).isFalse();
        assertThat(late.reloads).hasValue(0);
      }
    }
  }

  @Test
  void aRejectedReloadIsNotAnnouncedAndAFailedFollowIsLoggedOnceAndKeepsServing() {
    Replica a = new Replica();
    Replica b = new Replica();
    try (ReloadFollower fa = follower(a, "a"); ReloadFollower fb = follower(b, "b")) {
      a.broken = true;
      assertThatThrownBy(fa::reloadAndAnnounce).hasMessageContaining("eligibility.drl:3");
      assertThat(fb.poll()).as("nothing was announced").isFalse();
      a.broken = false;
      b.broken = true;
      fa.reloadAndAnnounce();
      assertThat(fb.poll()).isFalse();
      assertThat(fb.poll()).isFalse();
      assertThat(b.serving.get().rulesVersion()).isEqualTo("rules-1");
      String text = logged.toString(StandardCharsets.UTF_8);
      assertThat(text).contains("following reload #1 of a failed, the previous taxonomy and rules keep serving: rules/eligibility.drl:3");
      assertThat(text.split("following reload #1 of a failed", -1)).hasSize(2);
    }
  }

  @Test
  void aReplicaWhoseDiskDiffersSaysSo() {
    Replica a = new Replica();
    Replica b = new Replica();
    try (ReloadFollower fa = follower(a, "a"); ReloadFollower fb = follower(b, "b")) {
      a.disk.set(new PlanBasis("tax-1", "rules-2"));
      fa.reloadAndAnnounce();
      assertThat(fb.poll()).isTrue();
      assertThat(logged.toString(StandardCharsets.UTF_8))
          .contains("reloaded following reload #1 of a, but this replica's disk differs: it serves rules rules-1 and taxonomy tax-1, a served rules rules-2");
    }
  }
}
