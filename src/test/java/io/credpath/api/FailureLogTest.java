package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failure repeated on every request is logged once per interval, saying how many it left out. */
class FailureLogTest {
  private final TestApi.TestClock clock = new TestApi.TestClock();
  private final List<String> logged = new ArrayList<>();
  private final FailureLog log = new FailureLog(clock, Duration.ofMinutes(1), (message, e) -> logged.add(message));

  @Test
  void logsTheFirstOfIdenticalFailuresThenOncePerInterval() {
    for (int i = 0; i < 50; i++) log.failed("rule X: ArithmeticException", "rule X failed", new ArithmeticException());
    assertThat(logged).containsExactly("rule X failed");
    clock.advance(Duration.ofSeconds(59));
    log.failed("rule X: ArithmeticException", "rule X failed", new ArithmeticException());
    assertThat(logged).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    log.failed("rule X: ArithmeticException", "rule X failed", new ArithmeticException());
    assertThat(logged).hasSize(2).last().asString()
        .isEqualTo("rule X failed (50 more identical failure(s) since it was last logged, each logged at most once every 60 s)");
  }

  @Test
  void differentFailuresAreEachLogged() {
    log.failed("rule X: ArithmeticException", "rule X failed", new ArithmeticException());
    log.failed("rule Y: NullPointerException", "rule Y failed", new NullPointerException());
    assertThat(logged).containsExactly("rule X failed", "rule Y failed");
  }
}
